package vn.motcua.statistics.application;

/** The periods a supervisor picks on the dashboard. */
public enum PeriodKind {
    DAY, WEEK, MONTH, QUARTER, YEAR, CUSTOM
}
