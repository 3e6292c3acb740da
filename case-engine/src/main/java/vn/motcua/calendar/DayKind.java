package vn.motcua.calendar;

/**
 * What a day is in a working calendar. Ordinary weekdays and weekends follow from the day of the week; the other
 * three are kept as data (table {@code calendar_day}) or derived from the Labour Code for years without an official
 * calendar.
 */
public enum DayKind {
    /** Monday to Friday with nothing special: a working day. */
    WORKDAY,
    /** Saturday or Sunday with nothing special: not a working day. */
    WEEKEND,
    /** A public holiday (Labour Code 2019 Art. 112): not a working day. */
    HOLIDAY,
    /** An extra day off: a swapped working day, or a compensatory day for a holiday on a weekend. */
    DAY_OFF,
    /** A make-up working day, usually a Saturday given in exchange for a swapped day off. */
    WORKING_DAY;

    /** Whether days of this kind are stored as data (the others follow from the day of the week). */
    public boolean isStored() {
        return this == HOLIDAY || this == DAY_OFF || this == WORKING_DAY;
    }
}
