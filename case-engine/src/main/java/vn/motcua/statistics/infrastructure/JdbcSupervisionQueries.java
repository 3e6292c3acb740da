package vn.motcua.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.Bottleneck;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Index766;
import vn.motcua.statistics.application.Index766Indicators;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.OutsideSubtreeException;
import vn.motcua.statistics.application.OverdueDossier;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.PeriodKind;
import vn.motcua.statistics.application.Rate;
import vn.motcua.statistics.application.ResultPage;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.StatisticsSettings;
import vn.motcua.statistics.application.SummaryRow;
import vn.motcua.statistics.application.SupervisionQueries;
import vn.motcua.statistics.application.TrendPoint;

/**
 * The supervision queries over the statistics read model ({@code stat_dossier}) and the control sheet
 * ({@code dossier_step}), in plain JDBC. Periods are whole Asia/Ho_Chi_Minh days: a dossier counts as received in a
 * period when it was received from the first day's midnight up to (not including) the midnight after the last day;
 * in-progress counts are taken at the end of the period, or now when that is earlier.
 */
public final class JdbcSupervisionQueries implements SupervisionQueries {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final Connections connections;
    private final Clock clock;
    private final StatisticsSettings settings;
    private final Function<String, WorkingCalendar> calendars;

    /**
     * @param calendars the working calendar of a unit, by unit code (due-soon thresholds and days overdue)
     */
    public JdbcSupervisionQueries(Connections connections, Clock clock, StatisticsSettings settings,
                                  Function<String, WorkingCalendar> calendars) {
        this.connections = Objects.requireNonNull(connections);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.calendars = Objects.requireNonNull(calendars);
    }

    // ---------------------------------------------------------------------------------------------------- scope

    @Override
    public StatisticsScope scopeFor(String username, String unitCode, String level, String field,
                                    String procedureCode) {
        return connections.run(connection -> {
            UnitTree tree = UnitTree.load(connection);
            List<String[]> roles = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT r.role_name, u.code FROM role_assignment r JOIN user_account a ON a.id = r.account_id
                    LEFT JOIN org_unit u ON u.id = r.unit_id WHERE a.username = ? AND a.active = TRUE
                    AND r.role_name IN ('ADMIN', 'SUPERVISOR') ORDER BY r.id""")) {
                select.setString(1, username);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        roles.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            if (roles.isEmpty()) {
                throw new OutsideSubtreeException(username, unitCode == null ? "(none)" : unitCode);
            }
            boolean admin = roles.stream().anyMatch(r -> r[0].equals("ADMIN"));
            String root;
            if (unitCode == null) {
                String own = roles.stream().filter(r -> r[1] != null)
                        .sorted((a, b) -> Boolean.compare(b[0].equals("SUPERVISOR"), a[0].equals("SUPERVISOR")))
                        .map(r -> r[1]).findFirst().orElse(null);
                root = own != null ? own : currentRoot(connection);
            } else {
                UnitTree.Unit asked = tree.byCode(unitCode).orElseThrow(() -> unknownUnit(unitCode));
                boolean inside = admin || roles.stream().filter(r -> r[1] != null)
                        .anyMatch(r -> tree.contains(tree.byCode(r[1]).orElseThrow(), asked));
                if (!inside) {
                    throw new OutsideSubtreeException(username, unitCode);
                }
                root = unitCode;
            }
            return new StatisticsScope(root, blankToNull(level), blankToNull(field), blankToNull(procedureCode));
        });
    }

    /**
     * The scope of the open-data API, which publishes the whole province: any unit of the tree (the current root,
     * when none is named), no supervisor needed.
     */
    public StatisticsScope openScope(String unitCode) {
        return connections.run(connection -> {
            if (unitCode == null || unitCode.isBlank()) {
                return new StatisticsScope(currentRoot(connection), null, null, null);
            }
            UnitTree.load(connection).byCode(unitCode).orElseThrow(() -> unknownUnit(unitCode));
            return new StatisticsScope(unitCode, null, null, null);
        });
    }

    private static InvalidRequestException unknownUnit(String unitCode) {
        return new InvalidRequestException("Không có đơn vị mã " + unitCode);
    }

    private static String currentRoot(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code FROM org_unit WHERE parent_id IS NULL ORDER BY CASE WHEN valid_to IS NULL THEN 0 ELSE 1 "
                        + "END, valid_from DESC, id");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the organisation tree is empty");
            }
            return rs.getString(1);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    // ------------------------------------------------------------------------------------------------ filters

    /** The WHERE conditions of a scope on stat_dossier (alias s), with their parameters. */
    private record Filter(String sql, List<Object> params, Set<UnitTree.Unit> units, boolean everyUnit) {

        static Filter of(Connection connection, StatisticsScope scope) throws SQLException {
            UnitTree tree = UnitTree.load(connection);
            UnitTree.Unit root = tree.byCode(scope.unitCode()).orElseThrow(() -> unknownUnit(scope.unitCode()));
            Set<UnitTree.Unit> units = tree.subtree(root);
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            boolean everyUnit = units.size() == tree.size();
            if (!everyUnit) {
                sql.append(" AND s.unit_id IN (").append(placeholders(units.size())).append(')');
                units.forEach(u -> params.add(u.id()));
            }
            if (scope.level() != null) {
                sql.append(" AND s.unit_level = ?");
                params.add(scope.level());
            }
            if (scope.field() != null) {
                sql.append(" AND s.field_name = ?");
                params.add(scope.field());
            }
            if (scope.procedureCode() != null) {
                sql.append(" AND s.procedure_code = ?");
                params.add(scope.procedureCode());
            }
            return new Filter(sql.toString(), params, units, everyUnit);
        }

        boolean narrowsDossiers() {
            return sql.contains("s.unit_level") || sql.contains("s.field_name") || sql.contains("s.procedure_code");
        }
    }

    /** The day rows of stat_unit_day (alias s) in a period; the parameters are {@link #days}. */
    private static final String UNIT_DAYS = " FROM stat_unit_day s WHERE s.stat_day >= ? AND s.stat_day <= ?";

    /**
     * Whether a scope's counts of received and resolved dossiers and handovers can come from the rollups, which
     * hold days and units only: not when the scope narrows by unit level, field or procedure.
     */
    private static boolean rollups(Filter filter) {
        return !filter.narrowsDossiers();
    }

    /** The first and last day of a period, as the parameters of a day range. */
    private static List<Object> days(Period period) {
        return params(period.from(), period.to());
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static List<Object> params(Object... leading) {
        return new ArrayList<>(List.of(leading));
    }

    private static List<Object> join(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The first instant after the period. */
    private static Instant endOf(Period period) {
        return startOf(period.to().plusDays(1));
    }

    /** When in-progress counts are taken: the end of the period, or now when earlier. */
    private Instant cutOf(Period period) {
        Instant end = endOf(period);
        Instant now = clock.instant();
        return now.isBefore(end) ? now : end;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------------------------------- classification

    private String earlyExpr() {
        return settings.precision() == StatisticsSettings.Precision.DATE ? "s.finished_day < s.due_day"
                : "s.finished_at < s.due_at";
    }

    private String lateExpr() {
        return settings.precision() == StatisticsSettings.Precision.DATE ? "s.finished_day > s.due_day"
                : "s.finished_at > s.due_at";
    }

    /** On time: neither early nor late; a dossier with no due date cannot be late and counts as on time. */
    private String onTimeExpr() {
        return "NOT (" + earlyExpr() + ") AND NOT (" + lateExpr() + ") OR s.due_at IS NULL";
    }

    private static String count(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** A part of a WHERE clause with its parameters. */
    private record Part(String sql, List<Object> params) {
    }

    /**
     * Dossiers received before {@code receivedBefore} and neither finished nor closed before {@code notEndedBefore},
     * as two disjoint parts the indexes serve: still unfinished (the open-dossier index), and finished since
     * (the finish index). Scanning every dossier ever received is what this avoids.
     */
    private static List<Part> openAt(Instant receivedBefore, Instant notEndedBefore) {
        return List.of(
                new Part(" s.finished_at IS NULL AND s.received_at < ? AND (s.closed_at IS NULL OR s.closed_at >= ?)",
                        params(receivedBefore, notEndedBefore)),
                new Part(" s.finished_at >= ? AND s.received_at < ? AND (s.closed_at IS NULL OR s.closed_at >= ?)",
                        params(notEndedBefore, receivedBefore, notEndedBefore)));
    }

    /** The sums of a one-row SELECT over the dossiers {@link #openAt} selects. */
    private static long[] openSums(Connection connection, String select, List<Object> selectParams, Filter filter,
                                   Instant receivedBefore, Instant notEndedBefore) throws SQLException {
        long[] sums = null;
        for (Part part : openAt(receivedBefore, notEndedBefore)) {
            long[] values = longs(connection, select + " FROM stat_dossier s WHERE" + part.sql() + filter.sql(),
                    join(join(selectParams, part.params()), filter.params()));
            if (sums == null) {
                sums = values;
            } else {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += values[i];
                }
            }
        }
        return sums;
    }

    // -------------------------------------------------------------------------------------------------- kpis

    @Override
    public Kpis kpis(StatisticsScope scope, Period period) {
        return connections.run(connection -> {
            Filter filter = Filter.of(connection, scope);
            Instant start = startOf(period.from());
            Instant end = endOf(period);
            Instant cut = cutOf(period);
            long[] received = rollups(filter) ? longs(connection, "SELECT SUM(s.received), SUM(s.received_counter),"
                    + " SUM(s.received_online), SUM(s.received_post), SUM(s.received_online_full),"
                    + " SUM(s.received_full_level), SUM(s.received_digitised), SUM(s.received_fee),"
                    + " SUM(s.received_fee_paid_online)" + UNIT_DAYS + filter.sql(), join(days(period), filter.params()))
                    : longs(connection, "SELECT COUNT(*), " + count("s.channel_code = 1") + ", "
                    + count("s.channel_code = 2") + ", " + count("s.channel_code = 3") + ", "
                    + count("s.channel_code = 2 AND s.online_level = 'FULL_ONLINE'") + ", "
                    + count("s.online_level = 'FULL_ONLINE'") + ", " + count("s.digitised") + ", "
                    + count("s.fee_bearing") + ", " + count("s.fee_bearing AND s.paid_online")
                    + " FROM stat_dossier s WHERE s.received_at >= ? AND s.received_at < ?" + filter.sql(),
                    join(params(start, end), filter.params()));
            long[] resolved = resolvedCounts(connection, filter, period);
            Double average = null;
            Double p90 = null;
            if (resolved[0] > 0) {
                average = (double) resolved[7] / resolved[0] / SECONDS_PER_DAY;
                long rank = (long) Math.ceil(0.9 * resolved[0]);
                p90 = doubleValue(connection, "SELECT s.processing_seconds FROM stat_dossier s"
                        + " WHERE s.finished_at >= ? AND s.finished_at < ?" + filter.sql()
                        + " ORDER BY s.processing_seconds LIMIT 1 OFFSET " + (rank - 1),
                        join(params(start, end), filter.params())) / SECONDS_PER_DAY;
            }
            Instant soon = calendars.apply(scope.unitCode())
                    .plusWorkingTime(cut, WorkingCalendar.WORKING_DAY.multipliedBy(settings.dueSoonWorkingDays()));
            long[] open = openSums(connection, "SELECT " + count("NOT s.paused AND s.due_at >= ?") + ", "
                    + count("NOT s.paused AND s.due_at < ?") + ", "
                    + count("NOT s.paused AND s.due_at >= ? AND s.due_at < ?") + ", " + count("s.paused"),
                    params(cut, cut, cut, soon), filter, cut, cut);
            return new Kpis(received[0], received[1], received[2], received[3],
                    resolved[0], resolved[1], resolved[2], resolved[3],
                    open[0], open[1], open[2], open[3], average, p90,
                    new Rate(received[2], received[0]), new Rate(received[4], received[5]),
                    new Rate(received[6], received[0]), new Rate(received[8], received[7]),
                    new Rate(resolved[5], resolved[4]));
        });
    }

    /** Resolved in the period: count, early, on time, late, rated, satisfied, with an e-result, total seconds. */
    private long[] resolvedCounts(Connection connection, Filter filter, Period period) throws SQLException {
        if (rollups(filter)) {
            String precision = settings.precision() == StatisticsSettings.Precision.DATE ? "_day" : "_at";
            return longs(connection, "SELECT SUM(s.resolved), SUM(s.early" + precision + "), SUM(s.resolved - s.early"
                    + precision + " - s.late" + precision + "), SUM(s.late" + precision + "), SUM(s.rated),"
                    + " SUM(s.satisfied), SUM(s.e_result), SUM(s.processing_seconds)" + UNIT_DAYS + filter.sql(),
                    join(days(period), filter.params()));
        }
        Instant start = startOf(period.from());
        Instant end = endOf(period);
        return longs(connection, "SELECT COUNT(*), " + count(earlyExpr()) + ", " + count(onTimeExpr()) + ", "
                + count(lateExpr()) + ", " + count("s.rated") + ", " + count("s.satisfied") + ", "
                + count("s.e_result") + ", COALESCE(SUM(s.processing_seconds), 0)"
                + " FROM stat_dossier s WHERE s.finished_at >= ? AND s.finished_at < ?"
                + filter.sql(), join(params(start, end), filter.params()));
    }

    private static long[] longs(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, params); ResultSet rs = select.executeQuery()) {
            rs.next();
            int columns = rs.getMetaData().getColumnCount();
            long[] values = new long[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }
    }

    private static double doubleValue(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, params); ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getDouble(1);
        }
    }

    // ------------------------------------------------------------------------------------------------- trend

    @Override
    public List<TrendPoint> trend(StatisticsScope scope, Period period, PeriodKind bucket) {
        if (bucket != PeriodKind.DAY && bucket != PeriodKind.WEEK && bucket != PeriodKind.MONTH) {
            throw new IllegalArgumentException("a trend is bucketed by day, week or month, not " + bucket);
        }
        return connections.run(connection -> {
            Filter filter = Filter.of(connection, scope);
            Instant start = startOf(period.from());
            Instant end = endOf(period);
            TreeMap<LocalDate, long[]> buckets = new TreeMap<>();
            for (LocalDate day = period.from(); !day.isAfter(period.to()); ) {
                LocalDate first = day;
                if (bucket != PeriodKind.DAY) {
                    first = Period.containing(bucket, day).from();
                }
                buckets.putIfAbsent(first.isBefore(period.from()) ? period.from() : first, new long[3]);
                day = bucket == PeriodKind.DAY ? day.plusDays(1) : Period.containing(bucket, day).to().plusDays(1);
            }
            if (rollups(filter)) {
                String late = settings.precision() == StatisticsSettings.Precision.DATE ? "s.late_day" : "s.late_at";
                try (PreparedStatement select = prepare(connection, "SELECT s.stat_day, SUM(s.received), SUM(s.resolved),"
                        + " SUM(" + late + ")" + UNIT_DAYS + filter.sql() + " GROUP BY s.stat_day",
                        join(days(period), filter.params())); ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long[] values = buckets.floorEntry(rs.getObject(1, LocalDate.class)).getValue();
                        for (int i = 0; i < 3; i++) {
                            values[i] += rs.getLong(2 + i);
                        }
                    }
                }
                List<TrendPoint> points = new ArrayList<>();
                buckets.forEach((first, values) -> points.add(new TrendPoint(first, values[0], values[1], values[2])));
                return points;
            }
            try (PreparedStatement select = prepare(connection, "SELECT s.received_day, COUNT(*) FROM stat_dossier s"
                    + " WHERE s.received_at >= ? AND s.received_at < ?" + filter.sql() + " GROUP BY s.received_day",
                    join(params(start, end), filter.params())); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    buckets.floorEntry(rs.getObject(1, LocalDate.class)).getValue()[0] += rs.getLong(2);
                }
            }
            try (PreparedStatement select = prepare(connection, "SELECT s.finished_day, COUNT(*), "
                    + count(lateExpr()) + " FROM stat_dossier s WHERE s.finished_at >= ? AND s.finished_at < ?"
                    + filter.sql() + " GROUP BY s.finished_day", join(params(start, end), filter.params()));
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long[] values = buckets.floorEntry(rs.getObject(1, LocalDate.class)).getValue();
                    values[1] += rs.getLong(2);
                    values[2] += rs.getLong(3);
                }
            }
            List<TrendPoint> points = new ArrayList<>();
            buckets.forEach((first, values) -> points.add(new TrendPoint(first, values[0], values[1], values[2])));
            return points;
        });
    }

    // ----------------------------------------------------------------------------------------------- summary

    @Override
    public List<SummaryRow> summary(StatisticsScope scope, Period period, GroupBy groupBy) {
        Objects.requireNonNull(groupBy, "groupBy is required");
        return connections.run(connection -> {
            Filter filter = Filter.of(connection, scope);
            Instant start = startOf(period.from());
            Instant end = endOf(period);
            Map<String, long[]> rows = new TreeMap<>();
            if (groupBy == GroupBy.MONTH) {
                for (LocalDate month = period.from().withDayOfMonth(1); !month.isAfter(period.to());
                     month = month.plusMonths(1)) {
                    LocalDate first = month.isBefore(period.from()) ? period.from() : month;
                    LocalDate last = month.plusMonths(1).minusDays(1);
                    Period part = new Period(first, last.isAfter(period.to()) ? period.to() : last);
                    if (startOf(part.from()).isAfter(clock.instant())) {
                        break;
                    }
                    String key = month.toString().substring(0, 7);
                    long[] values = rows.computeIfAbsent(key, k -> new long[7]);
                    Map<String, long[]> one = new HashMap<>();
                    summariseGrouped(connection, filter, null, part, cutOf(part), one);
                    one.values().forEach(v -> {
                        for (int i = 0; i < v.length; i++) {
                            values[i] += v[i];
                        }
                    });
                }
            } else {
                String column = switch (groupBy) {
                    case UNIT -> "s.unit_id";
                    case FIELD -> "s.field_name";
                    case PROCEDURE -> "s.procedure_code";
                    case LEVEL -> "s.unit_level";
                    case MONTH -> throw new IllegalStateException();
                };
                summariseGrouped(connection, filter, column, period, cutOf(period), rows);
            }
            Map<String, String> labels = labels(connection, groupBy, rows.keySet());
            List<SummaryRow> result = new ArrayList<>();
            Map<String, long[]> byKey = new TreeMap<>();
            rows.forEach((key, values) -> byKey.put(groupBy == GroupBy.UNIT ? labels.get("#" + key) : key, values));
            byKey.forEach((key, v) -> result.add(new SummaryRow(key, labels.getOrDefault(key, key), v[0], v[1], v[2],
                    v[3], v[4], v[5], v[6])));
            return result;
        });
    }

    /** received, resolved, early, on time, late, in progress, of which overdue; by the key expression. */
    private void summariseGrouped(Connection connection, Filter filter, String groupColumn, Period period,
                                  Instant cut, Map<String, long[]> rows) throws SQLException {
        Instant start = startOf(period.from());
        Instant end = endOf(period);
        String column = groupColumn == null ? "'all'" : groupColumn;
        String groupBy = groupColumn == null ? "" : " GROUP BY " + groupColumn;
        if (rollups(filter) && (groupColumn == null || groupColumn.equals("s.unit_id"))) {
            String precision = settings.precision() == StatisticsSettings.Precision.DATE ? "_day" : "_at";
            try (PreparedStatement select = prepare(connection, "SELECT " + column + ", SUM(s.received),"
                    + " SUM(s.resolved), SUM(s.early" + precision + "), SUM(s.resolved - s.early" + precision
                    + " - s.late" + precision + "), SUM(s.late" + precision + ")" + UNIT_DAYS + filter.sql() + groupBy
                    + (groupColumn == null ? "" : " HAVING SUM(s.received) > 0 OR SUM(s.resolved) > 0"),
                    join(days(period), filter.params())); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long[] values = rows.computeIfAbsent(rs.getString(1), k -> new long[7]);
                    for (int i = 0; i < 5; i++) {
                        values[i] += rs.getLong(2 + i);
                    }
                }
            }
        } else {
            summariseReceivedAndResolved(connection, filter, column, groupBy, start, end, rows);
        }
        summariseOpen(connection, filter, column, groupBy, cut, rows);
    }

    private void summariseReceivedAndResolved(Connection connection, Filter filter, String column, String groupBy,
                                              Instant start, Instant end, Map<String, long[]> rows)
            throws SQLException {
        try (PreparedStatement select = prepare(connection, "SELECT " + column + ", COUNT(*) FROM stat_dossier s"
                + " WHERE s.received_at >= ? AND s.received_at < ?" + filter.sql() + groupBy,
                join(params(start, end), filter.params())); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1), k -> new long[7])[0] += rs.getLong(2);
            }
        }
        try (PreparedStatement select = prepare(connection, "SELECT " + column + ", COUNT(*), " + count(earlyExpr())
                + ", " + count(onTimeExpr()) + ", " + count(lateExpr()) + " FROM stat_dossier s"
                + " WHERE s.finished_at >= ? AND s.finished_at < ?" + filter.sql() + groupBy,
                join(params(start, end), filter.params())); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long[] values = rows.computeIfAbsent(rs.getString(1), k -> new long[7]);
                for (int i = 0; i < 4; i++) {
                    values[1 + i] += rs.getLong(2 + i);
                }
            }
        }
    }

    private void summariseOpen(Connection connection, Filter filter, String column, String groupBy, Instant cut,
                               Map<String, long[]> rows) throws SQLException {
        for (Part part : openAt(cut, cut)) {
            try (PreparedStatement select = prepare(connection, "SELECT " + column + ", COUNT(*), "
                    + count("NOT s.paused AND s.due_at < ?") + " FROM stat_dossier s WHERE" + part.sql()
                    + filter.sql() + groupBy, join(join(params(cut), part.params()), filter.params()));
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long[] values = rows.computeIfAbsent(rs.getString(1), k -> new long[7]);
                    values[5] += rs.getLong(2);
                    values[6] += rs.getLong(3);
                }
            }
        }
    }

    /** Display names: units by code (and "#id" → code), procedures by code; fields, levels, months are their own. */
    private static Map<String, String> labels(Connection connection, GroupBy groupBy, Set<String> keys)
            throws SQLException {
        Map<String, String> labels = new HashMap<>();
        if (groupBy == GroupBy.UNIT) {
            UnitTree tree = UnitTree.load(connection);
            for (String key : keys) {
                UnitTree.Unit unit = tree.byId(Long.parseLong(key));
                labels.put("#" + key, unit.code());
                labels.put(unit.code(), unit.name());
            }
        } else if (groupBy == GroupBy.PROCEDURE && !keys.isEmpty()) {
            try (PreparedStatement select = prepare(connection, "SELECT code, name FROM procedure_def WHERE code IN ("
                    + placeholders(keys.size()) + ")", new ArrayList<>(keys)); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    labels.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return labels;
    }

    // ------------------------------------------------------------------------------------------- bottlenecks

    @Override
    public List<Bottleneck> bottlenecks(StatisticsScope scope, Period period, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the bottleneck list needs a positive limit, not " + limit);
        }
        return connections.run(connection -> {
            Filter filter = Filter.of(connection, scope);
            if (rollups(filter)) {
                return bottlenecksFromRollup(connection, filter, period, limit);
            }
            StringBuilder sql = new StringBuilder("SELECT st.step_key, st.unit_code, COUNT(*), "
                    + count("st.result = 'LATE'") + " FROM dossier_step st");
            List<Object> params = new ArrayList<>();
            if (filter.narrowsDossiers()) {
                sql.append(" JOIN stat_dossier s ON s.dossier_id = st.dossier_id");
            }
            sql.append(" WHERE st.finished_at >= ? AND st.finished_at < ?");
            params.add(startOf(period.from()));
            params.add(endOf(period));
            if (!filter.everyUnit()) {
                sql.append(" AND st.unit_code IN (").append(placeholders(filter.units().size())).append(')');
                filter.units().forEach(u -> params.add(u.code()));
            }
            if (filter.narrowsDossiers()) {
                // the unit condition is the step's (above); the dossier's level, field and procedure narrow further
                String dossierConditions = filter.sql().replaceFirst(" AND s\\.unit_id IN \\([?, ]*\\)", "");
                sql.append(dossierConditions);
                params.addAll(filter.params().subList(filter.everyUnit() ? 0 : filter.units().size(),
                        filter.params().size()));
            }
            sql.append(" GROUP BY st.step_key, st.unit_code HAVING ").append(count("st.result = 'LATE'"))
                    .append(" > 0 ORDER BY 4 DESC, 3 DESC, st.step_key, st.unit_code LIMIT ").append(limit);
            return bottlenecks(connection, sql.toString(), params);
        });
    }

    /** The bottlenecks of a scope without dossier filters, from the handovers by day, step and unit. */
    private static List<Bottleneck> bottlenecksFromRollup(Connection connection, Filter filter, Period period,
                                                          int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT st.step_key, st.unit_code, SUM(st.handovers), SUM(st.late)"
                + " FROM stat_step_day st WHERE st.stat_day >= ? AND st.stat_day <= ?");
        List<Object> params = days(period);
        if (!filter.everyUnit()) {
            sql.append(" AND st.unit_code IN (").append(placeholders(filter.units().size())).append(')');
            filter.units().forEach(u -> params.add(u.code()));
        }
        sql.append(" GROUP BY st.step_key, st.unit_code HAVING SUM(st.late) > 0"
                + " ORDER BY 4 DESC, 3 DESC, st.step_key, st.unit_code LIMIT ").append(limit);
        return bottlenecks(connection, sql.toString(), params);
    }

    private static List<Bottleneck> bottlenecks(Connection connection, String sql, List<Object> params)
            throws SQLException {
        UnitTree tree = UnitTree.load(connection);
        List<Bottleneck> found = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, params); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String unitCode = rs.getString(2);
                found.add(new Bottleneck(rs.getString(1), unitCode,
                        tree.byCode(unitCode).map(UnitTree.Unit::name).orElse(unitCode), rs.getLong(3),
                        rs.getLong(4)));
            }
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------------- overdue

    @Override
    public ResultPage<OverdueDossier> overdueNow(StatisticsScope scope, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("pages count from 0 and hold at least one row");
        }
        return connections.run(connection -> {
            Filter filter = Filter.of(connection, scope);
            Instant now = clock.instant();
            String where = " FROM stat_dossier s WHERE s.finished_at IS NULL AND s.closed_at IS NULL"
                    + " AND s.paused = FALSE AND s.due_at < ? AND s.received_at IS NOT NULL" + filter.sql();
            long total = longs(connection, "SELECT COUNT(*)" + where, join(params(now), filter.params()))[0];
            List<Object[]> rows = new ArrayList<>();
            // the page is taken from stat_dossier alone (its overdue index), then named: joined first, the optimiser
            // may drive the query from the units and sort every overdue dossier
            try (PreparedStatement select = prepare(connection, "SELECT s.dossier_id, s.dossier_code,"
                    + " s.procedure_code, p.name, u.code, u.name, s.due_at FROM (SELECT s.dossier_id, s.dossier_code,"
                    + " s.procedure_code, s.procedure_id, s.unit_id, s.due_at" + where
                    + " ORDER BY s.due_at, s.dossier_id LIMIT " + size + " OFFSET " + ((long) page * size) + ") s"
                    + " JOIN org_unit u ON u.id = s.unit_id JOIN procedure_def p ON p.id = s.procedure_id"
                    + " ORDER BY s.due_at, s.dossier_id", join(params(now), filter.params()));
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), instant(rs, 7)});
                }
            }
            Map<Long, String[]> holders = new HashMap<>();
            if (!rows.isEmpty()) {
                List<Object> ids = rows.stream().map(r -> r[0]).toList();
                try (PreparedStatement select = prepare(connection, "SELECT dossier_id, step_key, assignee"
                        + " FROM work_item WHERE dossier_id IN (" + placeholders(ids.size()) + ") ORDER BY id DESC",
                        ids); ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        holders.putIfAbsent(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            List<OverdueDossier> found = new ArrayList<>();
            for (Object[] r : rows) {
                String[] holder = holders.getOrDefault((Long) r[0], new String[2]);
                Instant due = (Instant) r[6];
                found.add(new OverdueDossier((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], holder[1], holder[0], due,
                        workingDaysOverdue(calendars.apply((String) r[4]), due, now)));
            }
            return new ResultPage<>(found, total, page, size);
        });
    }

    /** Working days after the due day up to today, at least 1. */
    static long workingDaysOverdue(WorkingCalendar calendar, Instant due, Instant now) {
        LocalDate dueDay = LocalDate.ofInstant(due, BusinessTime.ZONE);
        LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
        long days = 0;
        for (LocalDate day = dueDay.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return Math.max(1, days);
    }

    // ---------------------------------------------------------------------------------------------- index 766

    @Override
    public Index766 index766(StatisticsScope scope, Period period) {
        return connections.run(connection -> {
            Filter filter = Filter.of(connection, scope);
            UnitTree.Unit unit = UnitTree.load(connection).byCode(scope.unitCode()).orElseThrow();
            Instant start = startOf(period.from());
            Instant end = endOf(period);
            Instant cut = cutOf(period);
            Map<String, Rate> inputs = new LinkedHashMap<>();
            // Dossiers handled in the period: received before its end and neither finished nor closed before it.
            long[] handled = openSums(connection, "SELECT COUNT(*), " + count("s.dislike"), List.of(), filter, end,
                    start);
            long[] resolved = resolvedCounts(connection, filter, period);
            long overdueOpen = openSums(connection, "SELECT " + count("NOT s.paused AND s.due_at < ?"), params(cut),
                    filter, cut, cut)[0];
            long overdue = resolved[3] + overdueOpen;
            inputs.put("2.1", new Rate(handled[0] - overdue, handled[0]));
            inputs.put("2.2", new Rate(resolved[1] + resolved[2], resolved[0]));
            long[] catalogue = longs(connection, "SELECT COUNT(*), "
                    + count("online_level IN ('FULL_ONLINE', 'PARTIAL_ONLINE')") + " FROM procedure_def", List.of());
            inputs.put("3.1", new Rate(catalogue[1], catalogue[0]));
            long[] services = longs(connection, "SELECT COUNT(DISTINCT s.procedure_id), COUNT(DISTINCT CASE WHEN"
                    + " s.channel_code = 2 THEN s.procedure_id END) FROM stat_dossier s WHERE s.received_at >= ?"
                    + " AND s.received_at < ?" + filter.sql(), join(params(start, end), filter.params()));
            inputs.put("3.3", new Rate(services[1], services[0]));
            inputs.put("4.1", new Rate(resolved[6], resolved[0]));
            long[] received = rollups(filter) ? longs(connection, "SELECT SUM(s.received), SUM(s.received_digitised),"
                    + " SUM(s.received_reused), SUM(s.received_fee), SUM(s.received_fee_paid_online)" + UNIT_DAYS
                    + filter.sql(), join(days(period), filter.params()))
                    : longs(connection, "SELECT COUNT(*), " + count("s.digitised") + ", " + count("s.reused")
                    + ", " + count("s.fee_bearing") + ", " + count("s.fee_bearing AND s.paid_online")
                    + " FROM stat_dossier s WHERE s.received_at >= ? AND s.received_at < ?" + filter.sql(),
                    join(params(start, end), filter.params()));
            // Synced with the receipt date in the period / dossiers received in it (ours: the portal cannot hold
            // more of ours than we do, so max(ours, portal's) is ours). Not rolled up: the relay marks it later.
            long[] synced = longs(connection, "SELECT COUNT(*), " + count("s.synced") + " FROM stat_dossier s"
                    + " WHERE s.received_at >= ? AND s.received_at < ?" + filter.sql(),
                    join(params(start, end), filter.params()));
            inputs.put("1.4", new Rate(synced[1], synced[0]));
            inputs.put("4.2", new Rate(received[1], received[0]));
            inputs.put("4.3", new Rate(received[2], received[0]));
            inputs.put("5.2", new Rate(received[4], received[3]));
            inputs.put("6.3", new Rate(Math.max(0, handled[0] - overdue - handled[1]), handled[0]));
            return index(unit, period, inputs);
        });
    }

    private Index766 index(UnitTree.Unit unit, Period period, Map<String, Rate> inputs) {
        List<Index766.Group> groups = new ArrayList<>();
        Double total = null;
        for (int group = 1; group <= 6; group++) {
            List<Index766.Indicator> indicators = new ArrayList<>();
            Double groupPoints = null;
            for (Index766Indicators.Definition definition : Index766Indicators.DEFINITIONS) {
                if (definition.group() != group) {
                    continue;
                }
                StatisticsSettings.Target target = settings.indicators().get(definition.code());
                Rate rate = definition.collected() ? inputs.get(definition.code()) : null;
                Double value = rate == null ? null : rate.value();
                if (rate == null) {
                    indicators.add(new Index766.Indicator(definition.code(), definition.name(), false, null, null,
                            null, target.target(), target.maxPoints(), null));
                    continue;
                }
                Double points = value == null ? null : Index766Indicators.points(value, target);
                indicators.add(new Index766.Indicator(definition.code(), definition.name(), true, rate.numerator(),
                        rate.denominator(), value, target.target(), target.maxPoints(), points));
                if (points != null) {
                    groupPoints = (groupPoints == null ? 0 : groupPoints) + points;
                }
            }
            groups.add(new Index766.Group(group, Index766Indicators.GROUP_NAMES.get(group - 1),
                    Index766Indicators.GROUP_MAX[group - 1], indicators, groupPoints));
            if (groupPoints != null) {
                total = (total == null ? 0 : total) + groupPoints;
            }
        }
        return new Index766(unit.code(), unit.name(), period, groups, total);
    }
}
