package vn.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** A time limit: so many working days (8 working hours each), working hours, or calendar days. */
@Embeddable
public record ProcessingTime(
        @Column(name = "duration_value", nullable = false) int value,
        @Enumerated(EnumType.STRING) @Column(name = "duration_unit", nullable = false, length = 20) DurationUnit unit) {

    public static final int HOURS_PER_WORKING_DAY = 8;

    public ProcessingTime {
        Objects.requireNonNull(unit, "unit is required");
        if (value < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative");
        }
    }

    /** The limit in working hours, for working-time limits; calendar days count as 8 hours a day for allocations. */
    public BigDecimal hours() {
        return BigDecimal.valueOf(unit == DurationUnit.WORKING_HOURS ? value : (long) value * HOURS_PER_WORKING_DAY);
    }
}
