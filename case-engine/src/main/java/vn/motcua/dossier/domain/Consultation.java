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
 * A unit's opinion asked for by the specialist handling a dossier (xin ý kiến phối hợp): its own due time and
 * reminder; when the unit stays silent past the due time it is deemed to agree (the default outcome).
 */
@Entity
@Table(name = "dossier_consultation")
public class Consultation {

    /** Where a consultation stands. */
    public enum State {
        OPEN, ANSWERED, DEFAULTED
    }

    /** What a silent unit is deemed to have answered when its due time passes. */
    public static final String DEFAULT_OUTCOME = "Không có ý kiến trong thời hạn: coi như thống nhất";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false, length = 2000)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Consultation() {
    }

    public Consultation(long dossierId, String unitCode, String question, String requestedBy, Instant requestedAt,
                        Instant remindAt, Instant dueAt) {
        this.dossierId = dossierId;
        this.unitCode = Objects.requireNonNull(unitCode);
        this.question = Objects.requireNonNull(question);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.remindAt = Objects.requireNonNull(remindAt);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.state = State.OPEN;
    }

    public void answer(String opinion, String official, Instant at) {
        requireOpen();
        this.answer = Objects.requireNonNull(opinion);
        this.answeredBy = official;
        this.answeredAt = at;
        this.state = State.ANSWERED;
    }

    public void deemDefault(Instant at) {
        requireOpen();
        this.answer = DEFAULT_OUTCOME;
        this.answeredBy = "system";
        this.answeredAt = at;
        this.state = State.DEFAULTED;
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("consultation " + id + " of unit " + unitCode + " is " + state);
        }
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getQuestion() {
        return question;
    }

    public State getState() {
        return state;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
