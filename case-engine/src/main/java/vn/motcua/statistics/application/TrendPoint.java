package vn.motcua.statistics.application;

import java.time.LocalDate;

/** One bucket (day, week or month) of the trend chart. */
public record TrendPoint(LocalDate bucketStart, long received, long resolved, long resolvedLate) {
}
