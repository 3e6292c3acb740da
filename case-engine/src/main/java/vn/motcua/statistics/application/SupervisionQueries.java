package vn.motcua.statistics.application;

import java.util.List;

/**
 * Everything the supervision dashboard, the exports and the open-data API read, from the statistics read model
 * only. Implemented by the statistics context; callers in the web tier build a scope with {@link #scopeFor} first.
 */
public interface SupervisionQueries {

    /**
     * The scope a user may see: {@code unitCode} null means the user's own root (the province for a provincial
     * supervisor). Throws {@link OutsideSubtreeException} when the unit is not in the user's subtree.
     */
    StatisticsScope scopeFor(String username, String unitCode, String level, String field, String procedureCode);

    Kpis kpis(StatisticsScope scope, Period period);

    /** Received / resolved / late per bucket; {@code bucket} is DAY, WEEK or MONTH. */
    List<TrendPoint> trend(StatisticsScope scope, Period period, PeriodKind bucket);

    /** The periodic one-stop report's rows, sorted by key. */
    List<SummaryRow> summary(StatisticsScope scope, Period period, GroupBy groupBy);

    /** Steps and units with the most late handovers in the period, most first. */
    List<Bottleneck> bottlenecks(StatisticsScope scope, Period period, int limit);

    /** Dossiers overdue now, most overdue first. */
    ResultPage<OverdueDossier> overdueNow(StatisticsScope scope, int page, int size);

    /** The Decision 766 index of the scope's unit for the period. */
    Index766 index766(StatisticsScope scope, Period period);
}
