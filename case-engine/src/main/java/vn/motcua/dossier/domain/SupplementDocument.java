package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A document the applicant handed in online for one item of a supplement request. Written once. */
@Entity
@Table(name = "dossier_supplement_document")
public class SupplementDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(nullable = false, length = 1000)
    private String item;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "provided_by", nullable = false, length = 100)
    private String providedBy;

    @Column(name = "provided_at", nullable = false)
    private Instant providedAt;

    protected SupplementDocument() {
    }

    public SupplementDocument(long dossierId, String item, long documentId, String providedBy, Instant providedAt) {
        this.dossierId = dossierId;
        this.item = Objects.requireNonNull(item, "item is required");
        this.documentId = documentId;
        this.providedBy = Objects.requireNonNull(providedBy, "who provided it is required");
        this.providedAt = Objects.requireNonNull(providedAt, "time is required");
    }

    public String getItem() {
        return item;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Instant getProvidedAt() {
        return providedAt;
    }
}
