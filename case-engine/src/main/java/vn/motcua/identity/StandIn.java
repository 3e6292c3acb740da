package vn.motcua.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An official named to stand in for an absent one over a period (both days included): during it the stand-in holds
 * the absent official's roles and receives the tasks and notices meant for them.
 */
@Entity
@Table(name = "stand_in")
public class StandIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "absent_account_id", nullable = false)
    private UserAccount absent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stand_in_account_id", nullable = false)
    private UserAccount deputy;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected StandIn() {
    }

    StandIn(UserAccount absent, UserAccount deputy, LocalDate validFrom, LocalDate validTo, String reason,
            String createdBy, Instant createdAt) {
        this.absent = absent;
        this.deputy = deputy;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    public boolean coversDay(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return revokedAt == null && !from.isAfter(validTo) && !validFrom.isAfter(to);
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAbsent() {
        return absent;
    }

    public UserAccount getDeputy() {
        return deputy;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
