package vn.motcua.statistics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.platform.time.BusinessTime;

/**
 * Writes tables to an Excel workbook, one sheet per table: the title and subtitle, a bold header row that stays in
 * view (frozen panes), numbers as numeric cells, dates as date cells in Vietnam's local time with a date format,
 * shares as percentages, and — when asked — a totals row whose cells are SUM formulas with their values computed,
 * so a reader that does not recalculate sees the same numbers as Excel.
 */
public final class SpreadsheetWriter {

    /** The row index of the header row; the rows above it hold the title and subtitle. */
    public static final int HEADER_ROW = 3;

    private SpreadsheetWriter() {
    }

    public static ExportFile xlsx(String baseName, List<ExportTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (ExportTable table : tables) {
                write(workbook, styles, table);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return new ExportFile(baseName + ".xlsx", ExportFile.XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + baseName, e);
        }
    }

    private static void write(Workbook workbook, Styles styles, ExportTable table) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(table.title());
        title.setCellStyle(styles.title);
        if (table.subtitle() != null) {
            sheet.createRow(1).createCell(0).setCellValue(table.subtitle());
        }
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int r = HEADER_ROW + 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                value(row.createCell(c), table.columns().get(c).kind(), values.get(c), styles);
            }
        }
        if (table.totals()) {
            Row totals = sheet.createRow(r);
            Cell label = totals.createCell(0);
            label.setCellValue(ExportTable.TOTAL_LABEL);
            label.setCellStyle(styles.totalLabel);
            for (int c = 1; c < table.columns().size(); c++) {
                Cell cell = totals.createCell(c);
                cell.setCellStyle(styles.totalCount);
                if (table.columns().get(c).summed()) {
                    String column = CellReference.convertNumToColString(c);
                    cell.setCellFormula(table.rows().isEmpty() ? "0"
                            : "SUM(" + column + (HEADER_ROW + 2) + ":" + column + r + ")");
                }
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.setColumnWidth(c, table.columns().get(c).kind() == ExportTable.CellKind.TEXT ? 40 * 256 : 18 * 256);
        }
    }

    private static void value(Cell cell, ExportTable.CellKind kind, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            cell.setCellValue(text);
            return;
        }
        switch (kind) {
            case TEXT -> cell.setCellValue(value.toString());
            case COUNT -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.count);
            }
            case DECIMAL -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.decimal);
            }
            case PERCENT -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.percent);
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case DATE_TIME -> {
                cell.setCellValue(LocalDateTime.ofInstant((Instant) value, BusinessTime.ZONE));
                cell.setCellStyle(styles.dateTime);
            }
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle totalLabel;
        final CellStyle totalCount;

        Styles(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            count = numeric(workbook, format, "#,##0");
            decimal = numeric(workbook, format, "#,##0.0");
            percent = numeric(workbook, format, "0.0%");
            date = numeric(workbook, format, "dd/mm/yyyy");
            dateTime = numeric(workbook, format, "dd/mm/yyyy hh:mm");
            totalLabel = workbook.createCellStyle();
            totalLabel.setFont(bold);
            totalLabel.setBorderTop(BorderStyle.THIN);
            totalCount = numeric(workbook, format, "#,##0");
            totalCount.setFont(bold);
            totalCount.setBorderTop(BorderStyle.THIN);
        }

        private static CellStyle numeric(Workbook workbook, DataFormat format, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(pattern));
            return style;
        }
    }
}
