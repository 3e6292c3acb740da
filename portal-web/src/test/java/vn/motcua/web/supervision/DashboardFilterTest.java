package vn.motcua.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.export.ExportFormat;
import vn.motcua.statistics.export.ExportKind;
import vn.motcua.statistics.export.ExportSpec;

/** The dashboard's address parameters: the period they choose, the refusals, and the export address round trip. */
class DashboardFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theDefaultIsThisMonthAndEachKindContainsTheChosenDay() {
        DashboardFilter filter = new DashboardFilter();
        assertThat(filter.resolve(TODAY)).isEqualTo(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));

        filter.setPeriod("quarter");
        filter.setDate("2026-05-14");
        assertThat(filter.resolve(TODAY)).isEqualTo(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));

        filter.setPeriod("week");
        assertThat(filter.resolve(TODAY)).isEqualTo(new Period(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));

        filter.setPeriod("custom");
        filter.setFrom("2026-01-15");
        filter.setTo("2026-02-15");
        assertThat(filter.resolve(TODAY)).isEqualTo(new Period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15)));
    }

    @Test
    void badChoicesAreRefusedWithTheKeyOfTheirMessage() {
        DashboardFilter filter = new DashboardFilter();
        filter.setPeriod("fortnight");
        assertThatThrownBy(() -> filter.resolve(TODAY)).hasMessage("supervision.period.unknown");

        filter.setPeriod("day");
        filter.setDate("22/11/2026");
        assertThatThrownBy(() -> filter.resolve(TODAY)).hasMessage("supervision.period.badDate");

        filter.setPeriod("custom");
        filter.setFrom("2026-11-30");
        assertThatThrownBy(() -> filter.resolve(TODAY)).hasMessage("supervision.period.customNeedsDates");
        filter.setTo("2026-11-01");
        assertThatThrownBy(() -> filter.resolve(TODAY)).hasMessage("supervision.period.endBeforeStart");

        filter.setGroup("agency");
        assertThatThrownBy(filter::groupBy).hasMessage("supervision.group.unknown");
    }

    @Test
    void anExportAddressCarriesTheFilterAndReadsBackAsTheSameExport() {
        DashboardFilter filter = new DashboardFilter();
        filter.setPeriod("year");
        filter.setUnit("000.30.01.H29");
        filter.setField("Hộ tịch");
        filter.setGroup("field");
        StringBuilder href = new StringBuilder("/workspace/supervision-export?kind=SUMMARY&format=CSV");

        ExportRequestParameters.append(href, filter);

        assertThat(href.toString()).isEqualTo("/workspace/supervision-export?kind=SUMMARY&format=CSV&period=year"
                + "&unit=000.30.01.H29&field=H%E1%BB%99+t%E1%BB%8Bch&group=field");
        Map<String, String> query = new HashMap<>();
        for (String pair : href.substring(href.indexOf("?") + 1).split("&")) {
            String[] kv = pair.split("=");
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        DashboardFilter back = ExportRequestParameters.filter(query::get);
        ExportSpec spec = ExportRequestParameters.spec(query.get("kind"), query.get("format"), back, back.resolve(TODAY));
        assertThat(spec).isEqualTo(new ExportSpec(ExportKind.SUMMARY, ExportFormat.CSV, GroupBy.FIELD,
                "000.30.01.H29", null, "Hộ tịch", null, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
        assertThatThrownBy(() -> ExportRequestParameters.spec("OVERDUE", "PDF", back, back.resolve(TODAY)))
                .hasMessage("supervision.export.invalid");
        assertThatThrownBy(() -> ExportRequestParameters.spec("EVERYTHING", "XLSX", back, back.resolve(TODAY)))
                .hasMessage("supervision.export.invalid");
    }
}
