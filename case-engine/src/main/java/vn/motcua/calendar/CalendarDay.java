package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that differs from the ordinary week: a holiday, an extra day off or a make-up working day, with its name and
 * where it comes from. A provisional day was derived from the law (or entered) before the official calendar of its
 * year was published; due dates that cross it may still move.
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, boolean provisional, String source) {

    public CalendarDay {
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(kind, "kind is required");
        if (!kind.isStored()) {
            throw new IllegalArgumentException("only holidays, days off and make-up working days are calendar days");
        }
    }

    public boolean isWorking() {
        return kind == DayKind.WORKING_DAY;
    }
}
