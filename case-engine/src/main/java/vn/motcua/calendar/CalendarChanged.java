package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * The working calendar changed for a unit (or for every unit when {@code unitCode} is null) between two dates
 * inclusive ({@code to} null: from {@code from} on, e.g. new working hours). Fired synchronously inside the
 * administrator's transaction, after the calendar cache was refreshed, so observers can re-derive due dates with the
 * new calendar and commit or roll back with the change.
 */
public record CalendarChanged(String unitCode, LocalDate from, LocalDate to) {
}
