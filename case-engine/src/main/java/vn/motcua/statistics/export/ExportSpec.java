package vn.motcua.statistics.export;

import java.util.Objects;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Period;

/**
 * What to export: the table, the format, the grouping of a summary, the scope as the supervisor chose it (a null
 * unit means their own root) and the period.
 */
public record ExportSpec(ExportKind kind, ExportFormat format, GroupBy groupBy, String unitCode, String level,
                         String field, String procedureCode, Period period) {

    public ExportSpec {
        Objects.requireNonNull(kind, "export kind is required");
        Objects.requireNonNull(format, "export format is required");
        Objects.requireNonNull(period, "period is required");
        if (!kind.offers(format)) {
            throw new IllegalArgumentException(kind + " is not exported as " + format);
        }
        if (kind == ExportKind.SUMMARY && groupBy == null) {
            groupBy = GroupBy.UNIT;
        }
    }

    /** "tong-hop-unit-2026-11-01-2026-11-30": the file's name without extension. */
    public String baseName() {
        return kind.fileStem() + (kind == ExportKind.SUMMARY ? "-" + groupBy.name().toLowerCase(java.util.Locale.ROOT) : "")
                + "-" + period.from() + "-" + period.to();
    }
}
