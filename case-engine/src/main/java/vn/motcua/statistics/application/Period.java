package vn.motcua.statistics.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A reporting period of whole days in Asia/Ho_Chi_Minh, both ends included.
 *
 * @param from first day
 * @param to   last day (inclusive)
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The period of the given kind that contains {@code day} (CUSTOM is not derived from a day). */
    public static Period containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case DAY -> new Period(day, day);
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(monday, monday.plusDays(6));
            }
            case MONTH -> new Period(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new Period(day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
            case CUSTOM -> throw new IllegalArgumentException("a custom period needs its own from and to");
        };
    }
}
