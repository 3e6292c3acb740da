package vn.motcua.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import vn.motcua.catalog.FeeKind;

/**
 * One line of a payment request: a fee of the procedure version, its amount on the channel, and what is to be paid
 * (nothing when the applicant declared an exemption, whose ground is then recorded).
 */
@Embeddable
public record PaymentLine(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) FeeKind kind,
        @Column(name = "description", nullable = false, length = 500) String description,
        @Column(name = "amount_due", nullable = false) long amountDue,
        @Column(name = "amount", nullable = false) long amount,
        @Column(name = "exemption_ground", length = 1000) String exemptionGround) {

    public PaymentLine {
        Objects.requireNonNull(kind, "fee kind is required");
        Objects.requireNonNull(description, "fee description is required");
        if (amountDue < 0) {
            throw new IllegalArgumentException("a fee cannot be negative");
        }
        boolean exempt = exemptionGround != null && !exemptionGround.isBlank();
        if (exempt ? amount != 0 : amount != amountDue) {
            throw new IllegalArgumentException("a fee is paid in full, or not at all on a ground of exemption");
        }
        exemptionGround = exempt ? exemptionGround.strip() : null;
    }

    public static PaymentLine due(FeeKind kind, String description, long amount) {
        return new PaymentLine(kind, description, amount, amount, null);
    }

    public static PaymentLine exempt(FeeKind kind, String description, long amountDue, String ground) {
        if (ground == null || ground.isBlank()) {
            throw new IllegalArgumentException("an exemption needs its ground");
        }
        return new PaymentLine(kind, description, amountDue, 0, ground);
    }

    public boolean exempted() {
        return exemptionGround != null;
    }
}
