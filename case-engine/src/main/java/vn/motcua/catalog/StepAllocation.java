package vn.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import vn.motcua.identity.Role;

/** One step of the routing model with the working hours allotted to it (Quy trình nội bộ). */
@Embeddable
public record StepAllocation(
        @Column(name = "step_key", nullable = false, length = 100) String key,
        @Column(name = "name", nullable = false) String name,
        @Enumerated(EnumType.STRING) @Column(name = "role_name", nullable = false, length = 30) Role role,
        @Column(name = "allocation_hours", nullable = false, precision = 8, scale = 2) BigDecimal hours) {

    /** Hours are kept to two decimals, so an allocation read back from the database equals the one written. */
    public StepAllocation {
        if (hours != null) {
            hours = hours.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }
}
