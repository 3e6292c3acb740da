package vn.motcua.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.statistics.application.Bottleneck;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.OverdueDossier;
import vn.motcua.statistics.application.Rate;
import vn.motcua.statistics.application.ResultPage;
import vn.motcua.statistics.application.SummaryRow;
import vn.motcua.statistics.application.TrendPoint;
import vn.motcua.statistics.export.ExportBuilder;

/**
 * The supervision dashboard for the period and scope in the address: headline indicators, the trend, bottlenecks,
 * the summary table (a unit's row re-scopes the page to that unit) and the dossiers overdue now, page by page.
 */
@Named
@ViewScoped
public class SupervisionDashboard extends ScopedPage {

    static final int OVERDUE_PAGE_SIZE = 20;
    private static final int BOTTLENECKS = 10;

    private Kpis kpis;
    private List<TrendPoint> trend;
    private List<SummaryRow> summary;
    private List<Bottleneck> bottlenecks;
    private ResultPage<OverdueDossier> overdue;

    public void load() {
        if (!resolve()) {
            return;
        }
        kpis = queries.kpis(getScope(), getPeriod());
        long days = getPeriod().from().until(getPeriod().to(), java.time.temporal.ChronoUnit.DAYS) + 1;
        trend = queries.trend(getScope(), getPeriod(), ExportBuilder.trendBucket(days));
        summary = queries.summary(getScope(), getPeriod(), getFilter().groupBy());
        bottlenecks = queries.bottlenecks(getScope(), getPeriod(), BOTTLENECKS);
        overdue = queries.overdueNow(getScope(), getFilter().pageIndex(), OVERDUE_PAGE_SIZE);
    }

    /** A rate as people read it — "66,7 %" — or "Chưa có dữ liệu" when its denominator is 0. */
    public String percent(Rate rate) {
        Double value = rate == null ? null : rate.value();
        return value == null ? messages.get("supervision.noData") : String.format(new java.util.Locale("vi"),
                "%.1f %%", value * 100);
    }

    public String share(long part, long whole) {
        return percent(new Rate(part, whole));
    }

    /** Days with one decimal, or "Chưa có dữ liệu". */
    public String days(Double days) {
        return days == null ? messages.get("supervision.noData")
                : String.format(new java.util.Locale("vi"), "%.1f", days);
    }

    /** A rate of the indicators by name (onlineRate, fullOnlineRate, digitisationRate, …). */
    public Rate rate(String name) {
        return switch (name) {
            case "onlineRate" -> kpis.onlineRate();
            case "fullOnlineRate" -> kpis.fullOnlineRate();
            case "digitisationRate" -> kpis.digitisationRate();
            case "onlinePaymentRate" -> kpis.onlinePaymentRate();
            case "satisfactionRate" -> kpis.satisfactionRate();
            default -> throw new IllegalArgumentException("no rate " + name);
        };
    }

    /** The summary's grouping as it is written in the address (unit, field, procedure, level, month). */
    public String getGroupKey() {
        return getFilter().groupBy().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "Trang 1 / 3". */
    public String getPageLabel() {
        return messages.get("supervision.pageOf", getFilter().pageIndex() + 1, getLastPage() + 1);
    }

    public boolean isUnitRows() {
        return getFilter().groupBy() == vn.motcua.statistics.application.GroupBy.UNIT;
    }

    public int getLastPage() {
        return overdue == null || overdue.total() == 0 ? 0 : (int) ((overdue.total() - 1) / OVERDUE_PAGE_SIZE);
    }

    public String getReceivedChart() {
        return DashboardCharts.bar(List.of(messages.get("supervision.channel.inPerson"),
                messages.get("supervision.channel.online"), messages.get("supervision.channel.postal")),
                messages.get("supervision.received"),
                List.of(kpis.receivedInPerson(), kpis.receivedOnline(), kpis.receivedPostal()));
    }

    public String getResolvedChart() {
        return DashboardCharts.bar(List.of(messages.get("supervision.resolvedEarly"),
                messages.get("supervision.resolvedOnTime"), messages.get("supervision.resolvedLate")),
                messages.get("supervision.resolved"),
                List.of(kpis.resolvedEarly(), kpis.resolvedOnTime(), kpis.resolvedLate()));
    }

    public String getTrendChart() {
        return DashboardCharts.lines(trend.stream().map(p -> p.bucketStart().toString()).toList(), List.of(
                new DashboardCharts.Series(messages.get("supervision.received"),
                        trend.stream().map(TrendPoint::received).toList()),
                new DashboardCharts.Series(messages.get("supervision.resolved"),
                        trend.stream().map(TrendPoint::resolved).toList()),
                new DashboardCharts.Series(messages.get("supervision.resolvedLate"),
                        trend.stream().map(TrendPoint::resolvedLate).toList())));
    }

    public Kpis getKpis() {
        return kpis;
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }

    public List<SummaryRow> getSummary() {
        return summary;
    }

    public List<Bottleneck> getBottlenecks() {
        return bottlenecks;
    }

    public ResultPage<OverdueDossier> getOverdue() {
        return overdue;
    }
}
