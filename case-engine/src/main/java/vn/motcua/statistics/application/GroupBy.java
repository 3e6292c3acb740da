package vn.motcua.statistics.application;

/** How the summary table and the open-data summary group their rows. */
public enum GroupBy {
    UNIT, FIELD, PROCEDURE, LEVEL, MONTH
}
