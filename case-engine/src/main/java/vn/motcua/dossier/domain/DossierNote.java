package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An internal note an official left on a dossier for the other officials handling it; never shown to the applicant. */
@Entity
@Table(name = "dossier_note")
public class DossierNote {

    /** The longest note, in characters. */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    protected DossierNote() {
    }

    public DossierNote(long dossierId, String author, String unitCode, Instant writtenAt, String body) {
        this.dossierId = dossierId;
        this.author = Objects.requireNonNull(author);
        this.unitCode = unitCode;
        this.writtenAt = Objects.requireNonNull(writtenAt);
        this.body = Objects.requireNonNull(body);
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getAuthor() {
        return author;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }
}
