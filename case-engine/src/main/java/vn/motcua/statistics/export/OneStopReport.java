package vn.motcua.statistics.export;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.SummaryRow;

/**
 * The periodic one-stop report (báo cáo định kỳ): received, resolved early / on time / late and still in progress,
 * by agency and by field, with totals; as an Excel workbook (two sheets) or a PDF in the official layout, rendered by
 * template {@value #TEMPLATE} with the fonts of the result documents.
 *
 * @param agency   the scope's unit, printed as the reporting agency
 * @param place    the place in the date line ("Thành phố Hồ Chí Minh")
 * @param byUnit   the rows by agency (unit)
 * @param byField  the rows by field
 */
public record OneStopReport(String agency, String place, LocalDate from, LocalDate to, LocalDate printedOn,
                            List<SummaryRow> byUnit, List<SummaryRow> byField) {

    public static final String TEMPLATE = "one-stop-report.ftlx";

    public OneStopReport {
        byUnit = List.copyOf(byUnit);
        byField = List.copyOf(byField);
    }

    public static OneStopReport of(String agency, String place, Period period, LocalDate printedOn,
                                   List<SummaryRow> byUnit, List<SummaryRow> byField) {
        return new OneStopReport(agency, place, period.from(), period.to(), printedOn, byUnit, byField);
    }

    public SummaryRow getUnitTotals() {
        return total(byUnit);
    }

    public SummaryRow getFieldTotals() {
        return total(byField);
    }

    /** The totals row of a section: every count added up. */
    public static SummaryRow total(List<SummaryRow> rows) {
        return new SummaryRow("", ExportTable.TOTAL_LABEL,
                rows.stream().mapToLong(SummaryRow::received).sum(),
                rows.stream().mapToLong(SummaryRow::resolved).sum(),
                rows.stream().mapToLong(SummaryRow::resolvedEarly).sum(),
                rows.stream().mapToLong(SummaryRow::resolvedOnTime).sum(),
                rows.stream().mapToLong(SummaryRow::resolvedLate).sum(),
                rows.stream().mapToLong(SummaryRow::inProgress).sum(),
                rows.stream().mapToLong(SummaryRow::inProgressOverdue).sum());
    }

    public ExportFile pdf(PdfRenderer renderer, String baseName) {
        return new ExportFile(baseName + ".pdf", ExportFile.PDF, renderer.render(TEMPLATE, this));
    }

    public ExportFile xlsx(String baseName) {
        String subtitle = SupervisionTables.subtitle(agency, new Period(from, to));
        return SpreadsheetWriter.xlsx(baseName, List.of(
                SupervisionTables.summary(byUnit, GroupBy.UNIT, subtitle),
                SupervisionTables.summary(byField, GroupBy.FIELD, subtitle)));
    }
}
