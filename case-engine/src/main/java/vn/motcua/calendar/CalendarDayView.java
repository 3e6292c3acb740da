package vn.motcua.calendar;

import java.time.LocalDate;

/** A stored calendar day for administrators: {@code unitCode} null = every unit. */
public record CalendarDayView(long id, String unitCode, LocalDate date, DayKind kind, String name,
                              boolean provisional, String source) {
}
