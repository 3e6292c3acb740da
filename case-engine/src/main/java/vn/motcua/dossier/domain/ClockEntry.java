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
import vn.motcua.calendar.LegalClock;

/** One event of a dossier's legal clock, as recorded; never changed once written. */
@Entity
@Table(name = "dossier_clock_event")
public class ClockEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false)
    private Dossier dossier;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegalClock.Kind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "extended_to")
    private Instant extendedTo;

    @Column(length = 2000)
    private String reason;

    @Column(nullable = false, length = 100)
    private String actor;

    protected ClockEntry() {
    }

    ClockEntry(Dossier dossier, int seq, LegalClock.Kind kind, Instant occurredAt, Instant extendedTo, String reason,
               String actor) {
        this.dossier = dossier;
        this.seq = seq;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.extendedTo = extendedTo;
        this.reason = reason;
        this.actor = actor;
    }

    public LegalClock.Event event() {
        return new LegalClock.Event(kind, occurredAt, extendedTo);
    }

    public LegalClock.Kind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getExtendedTo() {
        return extendedTo;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }
}
