package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One failed public lookup of a subject (a dossier code, or a client address); written once, deleted after a day. */
@Entity
@Table(name = "lookup_failure")
public class LookupFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String subject;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LookupFailure() {
    }

    public LookupFailure(String subject, Instant failedAt) {
        this.subject = Objects.requireNonNull(subject, "subject is required");
        this.failedAt = Objects.requireNonNull(failedAt, "time is required");
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
