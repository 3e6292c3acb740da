package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a dossier (or a step) stands against its due time. Finished work is early (finished on a day before the due
 * day), on time (on the due day, at or before the due time) or late; work in progress is within time, due soon
 * (less than the threshold of working time left) or overdue. Derived, never stored.
 */
public enum Timeliness {
    EARLY, ON_TIME, LATE, WITHIN_TIME, DUE_SOON, OVERDUE, NO_DUE_DATE;

    /** The default "due soon" threshold: one working day left. */
    public static final Duration DUE_SOON_THRESHOLD = WorkingCalendar.WORKING_DAY;

    public static Timeliness of(Instant due, Instant finished, Instant now, WorkingCalendar calendar) {
        if (due == null) {
            return NO_DUE_DATE;
        }
        if (finished != null) {
            LocalDate finishedDay = LocalDate.ofInstant(finished, calendar.zone());
            LocalDate dueDay = LocalDate.ofInstant(due, calendar.zone());
            if (finishedDay.isBefore(dueDay)) {
                return EARLY;
            }
            return finished.isAfter(due) ? LATE : ON_TIME;
        }
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        return calendar.workingTimeBetween(now, due).compareTo(DUE_SOON_THRESHOLD) < 0 ? DUE_SOON : WITHIN_TIME;
    }

    /**
     * When work running from {@code from} to {@code due} becomes due soon: the threshold of working time before the
     * due time, or half of the working time it has when that is shorter (a four-hour step is warned after two hours,
     * not at once). The moment the step holder is warned.
     */
    public static Instant dueSoonAt(Instant from, Instant due, WorkingCalendar calendar) {
        Duration total = calendar.workingTimeBetween(from, due);
        Duration half = total.dividedBy(2);
        Duration lead = half.compareTo(DUE_SOON_THRESHOLD) < 0 ? half : DUE_SOON_THRESHOLD;
        return calendar.plusWorkingTime(from, total.minus(lead));
    }

    public boolean isFinished() {
        return this == EARLY || this == ON_TIME || this == LATE;
    }
}
