package vn.motcua.statistics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.motcua.platform.time.BusinessTime;

/**
 * Writes one table as CSV in UTF-8 with a byte-order mark (so spreadsheet programs read the Vietnamese letters):
 * the header row, then the rows, then the totals row when the table has one. Numbers are written plainly (a dot
 * before decimals, shares between 0 and 1), dates as ISO dates and local date-times ({@code 2026-11-20 17:00}).
 */
public final class CsvWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvWriter() {
    }

    public static ExportFile csv(String baseName, ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            csv.printRecord(table.columns().stream().map(ExportTable.Column::header).toList());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(CsvWriter::text).toList());
            }
            if (table.totals()) {
                List<String> totals = new ArrayList<>();
                List<Long> sums = table.sums();
                for (int c = 0; c < sums.size(); c++) {
                    totals.add(c == 0 ? ExportTable.TOTAL_LABEL : sums.get(c) == null ? "" : sums.get(c).toString());
                }
                csv.printRecord(totals);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + baseName + ".csv", e);
        }
        return new ExportFile(baseName + ".csv", ExportFile.CSV, bytes.toByteArray());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, BusinessTime.ZONE).format(DATE_TIME);
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return value.toString();
    }
}
