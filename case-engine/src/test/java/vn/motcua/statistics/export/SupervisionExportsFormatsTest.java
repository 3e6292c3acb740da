package vn.motcua.statistics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.statistics.application.Bottleneck;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.OverdueDossier;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.Rate;
import vn.motcua.statistics.application.SummaryRow;

/** The export files as a supervisor opens them: Excel cells typed and formatted, CSV readable, the PDF's text. */
class SupervisionExportsFormatsTest {

    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    private static final String SUBTITLE = SupervisionTables.subtitle("Ủy ban nhân dân Thành phố Hồ Chí Minh", NOVEMBER);

    private static final List<SummaryRow> BY_UNIT = List.of(
            new SummaryRow("000.30.01.H29", "Ủy ban nhân dân phường Thủ Dầu Một", 12, 9, 4, 3, 2, 3, 1),
            new SummaryRow("000.30.02.H29", "Ủy ban nhân dân phường Phú Lợi", 5, 4, 1, 1, 2, 1, 0));
    private static final List<SummaryRow> BY_FIELD = List.of(
            new SummaryRow("Hộ tịch", "Hộ tịch", 15, 12, 5, 4, 3, 3, 1),
            new SummaryRow("Hoạt động xây dựng", "Hoạt động xây dựng", 2, 1, 0, 0, 1, 1, 0));

    @Test
    void theSummaryWorkbookHasVietnameseHeadersNumericCellsAFrozenHeaderAndTotals() throws IOException {
        ExportFile file = SpreadsheetWriter.xlsx("tong-hop", List.of(SupervisionTables.summary(BY_UNIT, GroupBy.UNIT,
                SUBTITLE)));

        assertThat(file.fileName()).isEqualTo("tong-hop.xlsx");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tình hình giải quyết hồ sơ theo đơn vị");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh — từ ngày 01/11/2026 đến ngày 30/11/2026");
            Row header = sheet.getRow(SpreadsheetWriter.HEADER_ROW);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Tiếp nhận");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Quá hạn");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) (SpreadsheetWriter.HEADER_ROW + 1));

            Cell received = sheet.getRow(SpreadsheetWriter.HEADER_ROW + 1).getCell(2);
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(received.getNumericCellValue()).isEqualTo(12.0);
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            Row totals = sheet.getRow(SpreadsheetWriter.HEADER_ROW + 3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(totals.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(totals.getCell(2).getCellFormula()).isEqualTo("SUM(C5:C6)");
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(17.0);
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(4.0);
            assertThat(totals.getCell(8).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void datesAreDateCellsInVietnamTimeAndMissingRatesSayNoData() throws IOException {
        Instant due = LocalDateTime.of(2026, 11, 18, 17, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        ExportTable overdue = SupervisionTables.overdue(List.of(new OverdueDossier(7, "000.30.01.H29-261110-0003",
                "1.001193", "Đăng ký khai sinh", "000.30.01.H29", "Ủy ban nhân dân phường Thủ Dầu Một", null,
                "specialistHandles", due, 3)), SUBTITLE);
        ExportTable bottlenecks = SupervisionTables.bottlenecks(List.of(
                new Bottleneck("leaderApproves", "000.30.01.H29", "Phường Thủ Dầu Một", 4, 1),
                new Bottleneck("specialistHandles", "000.30.01.H29", "Phường Thủ Dầu Một", 0, 0)), SUBTITLE);

        ExportFile file = SpreadsheetWriter.xlsx("bang", List.of(overdue, bottlenecks));

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            Row row = workbook.getSheet("Quá hạn").getRow(SpreadsheetWriter.HEADER_ROW + 1);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Chưa có người nhận");
            Cell dueCell = row.getCell(6);
            assertThat(dueCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(dueCell)).isTrue();
            assertThat(dueCell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 18, 17, 0));
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(3.0);

            Sheet sheet = workbook.getSheet("Điểm nghẽn");
            Cell share = sheet.getRow(SpreadsheetWriter.HEADER_ROW + 1).getCell(5);
            assertThat(share.getNumericCellValue()).isEqualTo(0.25);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(SpreadsheetWriter.HEADER_ROW + 2).getCell(5).getStringCellValue())
                    .isEqualTo("Chưa có dữ liệu");
        }
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndATotalsRow() {
        ExportFile file = CsvWriter.csv("tong-hop", SupervisionTables.summary(BY_FIELD, GroupBy.FIELD, SUBTITLE));

        byte[] bytes = file.content();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("Mã,Lĩnh vực,Tiếp nhận,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,"
                + "Đang giải quyết,Đang giải quyết quá hạn");
        assertThat(lines[1]).isEqualTo("Hộ tịch,Hộ tịch,15,12,5,4,3,3,1");
        assertThat(lines[3]).isEqualTo("Tổng cộng,,17,13,5,4,4,4,1");
    }

    @Test
    void aKpiTableShowsEachRateWithItsInputsAndNoDataForAnEmptyDenominator() {
        Kpis kpis = new Kpis(10, 4, 5, 1, 6, 2, 3, 1, 2, 1, 1, 1, 3.5, 6.0, new Rate(6, 10), new Rate(2, 10),
                new Rate(0, 0), new Rate(1, 4), new Rate(0, 0));

        String csv = new String(CsvWriter.csv("chi-tieu", SupervisionTables.kpis(kpis, SUBTITLE)).content(),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("Tỷ lệ hồ sơ trực tuyến,,6,10,0.6000", "Tỷ lệ số hóa hồ sơ,,0,0,Chưa có dữ liệu",
                "Thời gian giải quyết trung bình (ngày),3.5000,,,", "Hồ sơ tiếp nhận,10,,,");
    }

    @Test
    void theOneStopReportPdfReadsBackWithFullVietnameseDiacriticsAndTotals() throws IOException {
        OneStopReport report = OneStopReport.of("Ủy ban nhân dân Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh",
                NOVEMBER, LocalDate.of(2026, 12, 1), BY_UNIT, BY_FIELD);

        ExportFile pdf = report.pdf(PdfRenderer.withDefaults(), "bao-cao");

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
                "Kỳ báo cáo: từ ngày 01/11/2026 đến ngày 30/11/2026", "I. Theo cơ quan, đơn vị",
                "Ủy ban nhân dân phường Thủ Dầu Một", "II. Theo lĩnh vực", "Hoạt động xây dựng",
                "Tổng cộng 17 13 5 4 4 4 1", "Trước hạn", "Đúng hạn", "Quá hạn");
    }

    @Test
    void theOneStopReportWorkbookHasOneSheetPerGroupingWithTheSameTotals() throws IOException {
        OneStopReport report = OneStopReport.of("Ủy ban nhân dân Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh",
                NOVEMBER, LocalDate.of(2026, 12, 1), BY_UNIT, BY_FIELD);

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(report.xlsx("bao-cao").content()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            for (int s = 0; s < 2; s++) {
                Sheet sheet = workbook.getSheetAt(s);
                Row totals = sheet.getRow(sheet.getLastRowNum());
                assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
                assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(17.0);
                assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(13.0);
            }
        }
    }
}
