package vn.motcua.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One stored file as the application knows it: its checksum (which also names the bytes in the store), its size,
 * the type found in its content, the number of pages of a PDF, the name it was uploaded under, why and by whom.
 * Written once when the file is stored, never changed.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentPurpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_by_account")
    private Long createdByAccount;

    protected Document() {
    }

    public Document(String sha256, long sizeBytes, String mediaType, Integer pageCount, String originalName,
                    DocumentPurpose purpose, Instant createdAt, String createdBy, Long createdByAccount) {
        Objects.requireNonNull(sha256, "checksum is required");
        if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)
                || !sha256.equals(sha256.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("a SHA-256 checksum is 64 lower-case hexadecimal digits");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a stored document is never empty");
        }
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = Objects.requireNonNull(mediaType, "media type is required");
        this.pageCount = pageCount;
        this.originalName = Objects.requireNonNull(originalName, "original name is required");
        this.purpose = Objects.requireNonNull(purpose, "purpose is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.createdBy = Objects.requireNonNull(createdBy, "creator is required");
        this.createdByAccount = createdByAccount;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public String getOriginalName() {
        return originalName;
    }

    public DocumentPurpose getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getCreatedByAccount() {
        return createdByAccount;
    }
}
