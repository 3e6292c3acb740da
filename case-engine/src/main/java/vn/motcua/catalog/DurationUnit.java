package vn.motcua.catalog;

/** How a procedure's processing time is counted. */
public enum DurationUnit {
    WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS
}
