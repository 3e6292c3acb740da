package vn.motcua.calendar;

/**
 * Re-derives the due dates of open dossiers after a calendar change, inside the administrator's transaction. An
 * implementation elsewhere (the legal clock) returns how many dossiers it re-derived; the calendar administration
 * sums them for the administrator.
 */
public interface DueDateRederivation {

    int rederive(CalendarChanged change);
}
