package vn.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.statistics.StatisticsFixture.at;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.StatisticsSettings;
import vn.motcua.statistics.application.SummaryRow;
import vn.motcua.statistics.export.ExportBuilder;
import vn.motcua.statistics.export.ExportFile;
import vn.motcua.statistics.export.ExportFormat;
import vn.motcua.statistics.export.ExportKind;
import vn.motcua.statistics.export.ExportSpec;
import vn.motcua.statistics.export.SpreadsheetWriter;
import vn.motcua.testing.FixturePlumbing;

/**
 * A3: the Excel exports, opened with Apache POI, add up to the dashboard's numbers — the supervision queries over
 * the read model of a migrated database, for the same scope and period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionExportTotalsTest {

    private static final Period SEPTEMBER = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));

    private DataSource database;
    private JdbcSupervisionQueriesHolder holder;

    /** The queries and the export builder on the same database and clock. */
    private record JdbcSupervisionQueriesHolder(vn.motcua.statistics.infrastructure.JdbcSupervisionQueries queries,
                                                ExportBuilder builder) {
    }

    @BeforeAll
    void buildProvince() {
        database = TestDatabase.H2.openMigrated("stats-export", false);
        StatisticsFixture f = new StatisticsFixture(database);
        f.unit("P", "Ủy ban nhân dân tỉnh", "PROVINCE", null);
        f.unit("D1", "Sở Tư pháp", "DEPARTMENT", "P");
        f.unit("Q1", "Ủy ban nhân dân huyện", "DISTRICT", "P");
        f.unit("C1", "Ủy ban nhân dân xã", "COMMUNE", "Q1");
        f.account("giamsat.tinh", "SUPERVISOR", "P");
        f.procedure("A", "Đăng ký khai sinh", "Hộ tịch", "FULL_ONLINE", 0);
        f.procedure("B", "Cấp giấy chứng nhận", "Đất đai", "PARTIAL_ONLINE", 50_000);

        f.dossier("D1", "A", "ONLINE", "RETURNED").received("2026-09-02T09:00").due("2026-09-10T17:00")
                .finished("2026-09-08T10:00").save();
        f.dossier("D1", "B", "COUNTER", "RESULT_READY").received("2026-09-03T08:00").due("2026-09-12T17:00")
                .finished("2026-09-12T09:00").save();
        f.dossier("Q1", "B", "POST", "RETURNED").received("2026-09-04T08:00").due("2026-09-15T17:00")
                .finished("2026-09-18T08:00").save();
        f.dossier("C1", "A", "ONLINE", "PROCESSING").received("2026-09-20T08:00").due("2026-10-20T17:00").save();
        f.dossier("C1", "A", "ONLINE", "PROCESSING").received("2026-09-21T08:00").due("2026-10-01T10:00").save();
        f.dossier("Q1", "B", "COUNTER", "PROCESSING").received("2026-08-25T08:00").due("2026-09-05T17:00").save();
        f.dossier("C1", "B", "COUNTER", "RETURNED").received("2026-09-07T08:00").due("2026-09-17T17:00")
                .finished("2026-09-25T08:00").save();

        Clock now = Clock.fixed(at("2026-10-05T10:00"), BusinessTime.ZONE);
        Function<String, WorkingCalendar> calendars = unit -> WorkingCalendar.weekdays(BusinessTime.ZONE);
        var queries = new vn.motcua.statistics.infrastructure.JdbcSupervisionQueries(f, now,
                StatisticsSettings.defaults(), calendars);
        ExportBuilder builder = new ExportBuilder() {
            @Override
            protected String unitName(String unitCode) {
                return "Đơn vị " + unitCode;
            }

            @Override
            protected String placeOf(String unitCode) {
                return "Tỉnh";
            }
        };
        FixturePlumbing.wire(builder, "queries", queries, "renderer", PdfRenderer.withDefaults(), "clock", now);
        holder = new JdbcSupervisionQueriesHolder(queries, builder);
    }

    @AfterAll
    void release() throws Exception {
        TestDatabase.H2.release(database);
    }

    private StatisticsScope province() {
        return holder.queries().scopeFor("giamsat.tinh", null, null, null, null);
    }

    private Workbook export(ExportKind kind, GroupBy groupBy) throws IOException {
        ExportFile file = holder.builder().build(province(), new ExportSpec(kind, ExportFormat.XLSX, groupBy, null,
                null, null, null, SEPTEMBER), percent -> { });
        return WorkbookFactory.create(new ByteArrayInputStream(file.content()));
    }

    @Test
    void theSummaryByUnitExportTotalsEqualTheDashboardsKpisAndRows() throws IOException {
        Kpis kpis = holder.queries().kpis(province(), SEPTEMBER);
        List<SummaryRow> rows = holder.queries().summary(province(), SEPTEMBER, GroupBy.UNIT);
        assertThat(kpis.received()).as("the fixture received dossiers in September").isPositive();

        try (Workbook workbook = export(ExportKind.SUMMARY, GroupBy.UNIT)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(SpreadsheetWriter.HEADER_ROW + rows.size() + 1);
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat((long) totals.getCell(2).getNumericCellValue()).isEqualTo(kpis.received());
            assertThat((long) totals.getCell(3).getNumericCellValue()).isEqualTo(kpis.resolved());
            assertThat((long) totals.getCell(4).getNumericCellValue()).isEqualTo(kpis.resolvedEarly());
            assertThat((long) totals.getCell(5).getNumericCellValue()).isEqualTo(kpis.resolvedOnTime());
            assertThat((long) totals.getCell(6).getNumericCellValue()).isEqualTo(kpis.resolvedLate());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(SpreadsheetWriter.HEADER_ROW + 1 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(rows.get(i).key());
                assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(rows.get(i).received());
                assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(rows.get(i).resolvedLate());
            }
        }
    }

    @Test
    void theOneStopReportsTotalsByAgencyAndByFieldBothEqualTheDashboardsKpis() throws IOException {
        Kpis kpis = holder.queries().kpis(province(), SEPTEMBER);

        try (Workbook workbook = export(ExportKind.ONE_STOP_REPORT, null)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            for (Sheet sheet : workbook) {
                Row totals = sheet.getRow(sheet.getLastRowNum());
                assertThat((long) totals.getCell(2).getNumericCellValue()).as(sheet.getSheetName())
                        .isEqualTo(kpis.received());
                assertThat((long) totals.getCell(3).getNumericCellValue()).as(sheet.getSheetName())
                        .isEqualTo(kpis.resolved());
                assertThat((long) totals.getCell(6).getNumericCellValue()).as(sheet.getSheetName())
                        .isEqualTo(kpis.resolvedLate());
            }
        }
    }

    @Test
    void theKpiExportCarriesTheDashboardsCountsAndTheOverdueExportEveryOverdueDossier() throws IOException {
        Kpis kpis = holder.queries().kpis(province(), SEPTEMBER);
        long overdue = holder.queries().overdueNow(province(), 0, 1).total();
        assertThat(overdue).isPositive();

        try (Workbook workbook = export(ExportKind.KPIS, null)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row received = sheet.getRow(SpreadsheetWriter.HEADER_ROW + 1);
            assertThat(received.getCell(0).getStringCellValue()).isEqualTo("Hồ sơ tiếp nhận");
            assertThat((long) received.getCell(1).getNumericCellValue()).isEqualTo(kpis.received());
            Row lateRow = sheet.getRow(SpreadsheetWriter.HEADER_ROW + 8);
            assertThat(lateRow.getCell(0).getStringCellValue()).isEqualTo("Giải quyết quá hạn");
            assertThat((long) lateRow.getCell(1).getNumericCellValue()).isEqualTo(kpis.resolvedLate());
        }
        try (Workbook workbook = export(ExportKind.OVERDUE, null)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - SpreadsheetWriter.HEADER_ROW).isEqualTo((int) overdue);
        }
    }
}
