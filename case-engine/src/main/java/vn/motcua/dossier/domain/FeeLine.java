package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import vn.motcua.catalog.FeeKind;

/**
 * One line of a fee receipt: a fee of the procedure version, what was due and what was paid (nothing when the desk
 * recorded an exemption, whose reason is then mandatory).
 */
@Embeddable
public record FeeLine(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) FeeKind kind,
        @Column(name = "description", nullable = false, length = 500) String description,
        @Column(name = "amount_due", nullable = false) long amountDue,
        @Column(name = "amount_paid", nullable = false) long amountPaid,
        @Column(name = "exemption_reason", length = 1000) String exemptionReason) {

    public FeeLine {
        Objects.requireNonNull(kind, "fee kind is required");
        Objects.requireNonNull(description, "fee description is required");
        if (amountDue < 0) {
            throw new IllegalArgumentException("a fee cannot be negative");
        }
        boolean exempt = exemptionReason != null && !exemptionReason.isBlank();
        if (exempt ? amountPaid != 0 : amountPaid != amountDue) {
            throw new IllegalArgumentException("a fee is paid in full, or not at all with the reason of the exemption");
        }
        exemptionReason = exempt ? exemptionReason.strip() : null;
    }

    public static FeeLine paid(FeeKind kind, String description, long amount) {
        return new FeeLine(kind, description, amount, amount, null);
    }

    public static FeeLine exempt(FeeKind kind, String description, long amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an exemption needs its reason");
        }
        return new FeeLine(kind, description, amount, 0, reason);
    }

    public boolean exempted() {
        return exemptionReason != null;
    }
}
