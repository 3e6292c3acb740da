package vn.motcua.statistics.application;

/**
 * One row of the periodic one-stop report: received, resolved (early / on time / late) and still in progress
 * (of which overdue) for one group.
 *
 * @param key   the group's code (unit code, field name, procedure code, level name, or {@code yyyy-MM})
 * @param label the group's display name
 */
public record SummaryRow(String key, String label, long received, long resolved, long resolvedEarly,
                         long resolvedOnTime, long resolvedLate, long inProgress, long inProgressOverdue) {
}
