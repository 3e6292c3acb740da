package vn.motcua.web.supervision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.export.ExportFormat;
import vn.motcua.statistics.export.ExportKind;
import vn.motcua.statistics.export.ExportSpec;

/** The dashboard filter written into, and read back from, the query of an export address. */
final class ExportRequestParameters {

    private static final String[] NAMES = {"period", "date", "from", "to", "unit", "level", "field", "procedure", "group"};

    private ExportRequestParameters() {
    }

    static void append(StringBuilder href, DashboardFilter filter) {
        String[] values = {filter.getPeriod(), filter.getDate(), filter.getFrom(), filter.getTo(), filter.getUnit(),
                filter.getLevel(), filter.getField(), filter.getProcedure(), filter.getGroup()};
        for (int i = 0; i < NAMES.length; i++) {
            if (!DashboardFilter.blank(values[i])) {
                href.append('&').append(NAMES[i]).append('=').append(URLEncoder.encode(values[i], StandardCharsets.UTF_8));
            }
        }
    }

    static DashboardFilter filter(Function<String, String> parameter) {
        DashboardFilter filter = new DashboardFilter();
        filter.setPeriod(parameter.apply("period"));
        filter.setDate(parameter.apply("date"));
        filter.setFrom(parameter.apply("from"));
        filter.setTo(parameter.apply("to"));
        filter.setUnit(parameter.apply("unit"));
        filter.setLevel(parameter.apply("level"));
        filter.setField(parameter.apply("field"));
        filter.setProcedure(parameter.apply("procedure"));
        filter.setGroup(parameter.apply("group"));
        return filter;
    }

    /**
     * The export asked for; throws {@link IllegalArgumentException} whose message is a bundle key when a parameter
     * is not valid.
     */
    static ExportSpec spec(String kind, String format, DashboardFilter filter, Period period) {
        ExportKind exportKind;
        ExportFormat exportFormat;
        try {
            exportKind = ExportKind.valueOf(String.valueOf(kind));
            exportFormat = ExportFormat.valueOf(String.valueOf(format));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("supervision.export.invalid");
        }
        if (!exportKind.offers(exportFormat)) {
            throw new IllegalArgumentException("supervision.export.invalid");
        }
        return new ExportSpec(exportKind, exportFormat, exportKind == ExportKind.SUMMARY ? filter.groupBy() : null,
                DashboardFilter.orNull(filter.getUnit()), DashboardFilter.orNull(filter.getLevel()),
                DashboardFilter.orNull(filter.getField()), DashboardFilter.orNull(filter.getProcedure()), period);
    }
}
