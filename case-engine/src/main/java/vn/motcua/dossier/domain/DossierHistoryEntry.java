package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a dossier: what was done, by whom, when, and why. Never changed once written. */
@Entity
@Table(name = "dossier_history")
public class DossierHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false)
    private Dossier dossier;

    @Column(nullable = false, length = 40)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private DossierStatus toStatus;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 2000)
    private String note;

    protected DossierHistoryEntry() {
    }

    DossierHistoryEntry(Dossier dossier, String action, DossierStatus fromStatus, DossierStatus toStatus,
                        String actor, Instant occurredAt, String note) {
        this.dossier = dossier;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getNote() {
        return note;
    }
}
