package vn.motcua.statistics.export;

import java.util.List;
import java.util.Objects;

/**
 * A table as it is exported: a title, typed columns and rows of values. Values are {@code String}, {@code Long},
 * {@code Double} (a share between 0 and 1 in a {@link CellKind#PERCENT} column), {@code LocalDate},
 * {@code Instant} or null (an empty cell). A measure that cannot be computed (a rate over zero) holds the text
 * {@link #NO_DATA}, never 0. When {@code totals} is true a last row adds up the summed columns.
 *
 * @param sheetName a short name for the workbook's sheet (at most 31 characters)
 * @param title     the table's title, printed above it
 * @param subtitle  scope and period, printed under the title
 */
public record ExportTable(String sheetName, String title, String subtitle, List<Column> columns,
                          List<List<Object>> rows, boolean totals) {

    public static final String TOTAL_LABEL = "Tổng cộng";
    public static final String NO_DATA = "Chưa có dữ liệu";

    public ExportTable {
        Objects.requireNonNull(sheetName, "sheet name is required");
        Objects.requireNonNull(title, "title is required");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has columns");
        }
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + title + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /** What a column holds, which decides the cell type and format. */
    public enum CellKind {
        TEXT, COUNT, DECIMAL, PERCENT, DATE, DATE_TIME
    }

    /** A column: its Vietnamese header, its kind, and whether the totals row adds it up. */
    public record Column(String header, CellKind kind, boolean summed) {

        public static Column text(String header) {
            return new Column(header, CellKind.TEXT, false);
        }

        public static Column count(String header) {
            return new Column(header, CellKind.COUNT, true);
        }

        public static Column number(String header, CellKind kind) {
            return new Column(header, kind, false);
        }
    }

    /** The sums of the summed columns (null for the others), as the totals row shows them. */
    public List<Long> sums() {
        return java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> columns.get(i).summed()
                        ? rows.stream().map(r -> r.get(i)).filter(Objects::nonNull)
                                .mapToLong(v -> ((Number) v).longValue()).sum()
                        : null)
                .toList();
    }
}
