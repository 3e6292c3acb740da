package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A component of a dossier as the desk received it at the counter: its form, its scan in the document store with the
 * scanned page count (none for a paper only shown), and, for a procedure only partly online, who compared the
 * originals with the scans and when. Written once at intake.
 */
@Entity
@Table(name = "dossier_component")
public class ReceivedComponent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaperForm form;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "originals_checked_by", length = 100)
    private String originalsCheckedBy;

    @Column(name = "originals_checked_at")
    private Instant originalsCheckedAt;

    /** Where the file came from: COUNTER (scanned at the desk), UPLOAD or REUSE (filed online); null before V17. */
    @Column(name = "provenance", length = 20)
    private String provenance;

    protected ReceivedComponent() {
    }

    /**
     * @param position   the component's place in the procedure version (1-based)
     * @param documentId the scan, or null for a paper only shown at the desk
     * @param pageCount  the scanned pages, or null without a scan
     */
    public ReceivedComponent(long dossierId, int position, String name, PaperForm form, Long documentId,
                             Integer pageCount) {
        if (position < 1) {
            throw new IllegalArgumentException("component positions start at 1");
        }
        if ((documentId == null) != (pageCount == null)) {
            throw new IllegalArgumentException("a scan has a page count, a paper only shown has none");
        }
        this.dossierId = dossierId;
        this.position = position;
        this.name = Objects.requireNonNull(name, "component name is required");
        this.form = Objects.requireNonNull(form, "component form is required");
        this.documentId = documentId;
        this.pageCount = pageCount;
    }

    /** The desk compared the originals with the scans (procedures only partly online). */
    public void originalsChecked(String actor, Instant at) {
        this.originalsCheckedBy = Objects.requireNonNull(actor, "who checked the originals is required");
        this.originalsCheckedAt = Objects.requireNonNull(at, "when the originals were checked is required");
    }

    /** Marks where the component's file came from (COUNTER, UPLOAD or REUSE). */
    public ReceivedComponent from(String provenance) {
        this.provenance = Objects.requireNonNull(provenance, "provenance is required");
        return this;
    }

    public String getProvenance() {
        return provenance;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public PaperForm getForm() {
        return form;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public String getOriginalsCheckedBy() {
        return originalsCheckedBy;
    }

    public Instant getOriginalsCheckedAt() {
        return originalsCheckedAt;
    }
}
