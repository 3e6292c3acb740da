package vn.motcua.statistics.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.OverdueDossier;
import vn.motcua.statistics.application.PeriodKind;
import vn.motcua.statistics.application.ResultPage;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.SupervisionQueries;

/**
 * Builds an export file from the supervision queries for a resolved scope, telling its progress (0–100) after each
 * query, each page of the overdue list and the rendering, so a background build shows how far it got.
 */
@ApplicationScoped
public class ExportBuilder {

    static final int OVERDUE_PAGE = 500;

    @Inject
    SupervisionQueries queries;

    @Inject
    OrgUnitRepository units;

    @Inject
    PdfRenderer renderer;

    @Inject
    Clock clock;

    @Transactional
    public ExportFile build(StatisticsScope scope, ExportSpec spec, IntConsumer progress) {
        String unitName = unitName(scope.unitCode());
        String subtitle = SupervisionTables.subtitle(unitName, spec.period());
        progress.accept(5);
        ExportTable table = switch (spec.kind()) {
            case KPIS -> SupervisionTables.kpis(queries.kpis(scope, spec.period()), subtitle);
            case TREND -> SupervisionTables.trend(queries.trend(scope, spec.period(), trendBucket(spec)), subtitle);
            case SUMMARY -> SupervisionTables.summary(queries.summary(scope, spec.period(), spec.groupBy()),
                    spec.groupBy(), subtitle);
            case BOTTLENECKS -> SupervisionTables.bottlenecks(queries.bottlenecks(scope, spec.period(), 100), subtitle);
            case OVERDUE -> SupervisionTables.overdue(allOverdue(scope, progress), subtitle);
            case INDEX766 -> SupervisionTables.index766(queries.index766(scope, spec.period()), subtitle);
            case ONE_STOP_REPORT -> null;
        };
        if (table == null) {
            var byUnit = queries.summary(scope, spec.period(), GroupBy.UNIT);
            progress.accept(40);
            var byField = queries.summary(scope, spec.period(), GroupBy.FIELD);
            progress.accept(70);
            OneStopReport report = OneStopReport.of(unitName, placeOf(scope.unitCode()), spec.period(),
                    BusinessTime.today(clock), byUnit, byField);
            ExportFile file = spec.format() == ExportFormat.PDF ? report.pdf(renderer, spec.baseName())
                    : report.xlsx(spec.baseName());
            progress.accept(100);
            return file;
        }
        progress.accept(80);
        ExportFile file = spec.format() == ExportFormat.CSV ? CsvWriter.csv(spec.baseName(), table)
                : SpreadsheetWriter.xlsx(spec.baseName(), List.of(table));
        progress.accept(100);
        return file;
    }

    /** The dashboard's trend bucket: days for a period up to a month, weeks up to a quarter, months beyond. */
    public static PeriodKind trendBucket(ExportSpec spec) {
        return trendBucket(spec.period().from().until(spec.period().to(), java.time.temporal.ChronoUnit.DAYS) + 1);
    }

    public static PeriodKind trendBucket(long days) {
        return days <= 31 ? PeriodKind.DAY : days <= 92 ? PeriodKind.WEEK : PeriodKind.MONTH;
    }

    private List<OverdueDossier> allOverdue(StatisticsScope scope, IntConsumer progress) {
        List<OverdueDossier> all = new ArrayList<>();
        int page = 0;
        ResultPage<OverdueDossier> result;
        do {
            result = queries.overdueNow(scope, page++, OVERDUE_PAGE);
            all.addAll(result.rows());
            progress.accept(5 + (int) (70 * Math.min(1.0, all.size() / (double) Math.max(1, result.total()))));
        } while (!result.rows().isEmpty() && all.size() < result.total());
        return all;
    }

    /** The unit's name, as the exports' titles show it. */
    protected String unitName(String unitCode) {
        return units.findByCode(unitCode).map(OrgUnit::getName).orElse(unitCode);
    }

    /** The province's name without "Ủy ban nhân dân" for the date line ("Thành phố Hồ Chí Minh, ngày …"). */
    protected String placeOf(String unitCode) {
        OrgUnit unit = units.findByCode(unitCode).orElse(null);
        while (unit != null && unit.getParent() != null) {
            unit = unit.getParent();
        }
        return unit == null ? "" : unit.getName().replaceFirst("^Ủy ban nhân dân\\s+", "");
    }
}
