package vn.motcua.calendar;

import java.time.LocalDate;

/** One day of a working calendar as pages and the API show it. {@code name} is null for ordinary days. */
public record DayInfo(LocalDate date, boolean working, DayKind kind, String name, boolean provisional) {
}
