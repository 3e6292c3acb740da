package vn.motcua.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pre-aggregated rollups of the statistics read model (migration V24): {@code stat_unit_day} (received and
 * resolved counters by Asia/Ho_Chi_Minh day and receiving unit) and {@code stat_step_day} (handovers and late
 * handovers by day, step and unit, with {@code stat_step} remembering which finished steps were counted). They are
 * maintained by difference, on the caller's connection and inside the caller's transaction: what a dossier
 * contributed before its read-model row was derived again is subtracted, what it contributes now is added (an
 * upsert), so a rolled-back use case leaves them untouched.
 */
public final class StatisticsRollups {

    /** The counters of stat_unit_day, in the order of {@link #contribution}'s arrays. */
    static final List<String> UNIT_DAY_COLUMNS = List.of("received", "received_counter", "received_online",
            "received_post", "received_online_full", "received_full_level", "received_digitised", "received_reused",
            "received_fee", "received_fee_paid_online", "resolved", "early_day", "late_day", "early_at", "late_at",
            "rated", "satisfied", "e_result", "processing_seconds");

    private static final int RESOLVED = 10;

    private static final String UPSERT_UNIT_DAY = "INSERT INTO stat_unit_day (stat_day, unit_id, "
            + String.join(", ", UNIT_DAY_COLUMNS) + ") VALUES (?, ?"
            + ", ?".repeat(UNIT_DAY_COLUMNS.size()) + ") ON DUPLICATE KEY UPDATE "
            + String.join(", ", UNIT_DAY_COLUMNS.stream().map(c -> c + " = " + c + " + VALUES(" + c + ")").toList());

    private static final String UPSERT_STEP_DAY = "INSERT INTO stat_step_day (stat_day, step_key, unit_code, handovers,"
            + " late) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE handovers = handovers + VALUES(handovers),"
            + " late = late + VALUES(late)";

    /** V24's backfill, for a database filled in bulk (the synthetic history). */
    private static final List<String> REBUILD = List.of("DELETE FROM stat_unit_day", "DELETE FROM stat_step",
            "DELETE FROM stat_step_day", """
            INSERT INTO stat_unit_day (stat_day, unit_id, received, received_counter, received_online, received_post,
              received_online_full, received_full_level, received_digitised, received_reused, received_fee,
              received_fee_paid_online, resolved, early_day, late_day, early_at, late_at, rated, satisfied, e_result,
              processing_seconds)
            SELECT x.stat_day, x.unit_id, SUM(x.received), SUM(x.received_counter), SUM(x.received_online), SUM(x.received_post),
              SUM(x.received_online_full), SUM(x.received_full_level), SUM(x.received_digitised), SUM(x.received_reused),
              SUM(x.received_fee), SUM(x.received_fee_paid_online), SUM(x.resolved), SUM(x.early_day), SUM(x.late_day),
              SUM(x.early_at), SUM(x.late_at), SUM(x.rated), SUM(x.satisfied), SUM(x.e_result), SUM(x.processing_seconds)
            FROM (
              SELECT s.received_day AS stat_day, s.unit_id, 1 AS received,
                CASE WHEN s.channel_code = 1 THEN 1 ELSE 0 END AS received_counter,
                CASE WHEN s.channel_code = 2 THEN 1 ELSE 0 END AS received_online,
                CASE WHEN s.channel_code = 3 THEN 1 ELSE 0 END AS received_post,
                CASE WHEN s.channel_code = 2 AND s.online_level = 'FULL_ONLINE' THEN 1 ELSE 0 END AS received_online_full,
                CASE WHEN s.online_level = 'FULL_ONLINE' THEN 1 ELSE 0 END AS received_full_level,
                CASE WHEN s.digitised THEN 1 ELSE 0 END AS received_digitised,
                CASE WHEN s.reused THEN 1 ELSE 0 END AS received_reused,
                CASE WHEN s.fee_bearing THEN 1 ELSE 0 END AS received_fee,
                CASE WHEN s.fee_bearing AND s.paid_online THEN 1 ELSE 0 END AS received_fee_paid_online,
                0 AS resolved, 0 AS early_day, 0 AS late_day, 0 AS early_at, 0 AS late_at, 0 AS rated, 0 AS satisfied,
                0 AS e_result, 0 AS processing_seconds
              FROM stat_dossier s WHERE s.received_day IS NOT NULL
              UNION ALL
              SELECT s.finished_day, s.unit_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
                CASE WHEN s.finished_day < s.due_day THEN 1 ELSE 0 END,
                CASE WHEN s.finished_day > s.due_day THEN 1 ELSE 0 END,
                CASE WHEN s.finished_at < s.due_at THEN 1 ELSE 0 END,
                CASE WHEN s.finished_at > s.due_at THEN 1 ELSE 0 END,
                CASE WHEN s.rated THEN 1 ELSE 0 END,
                CASE WHEN s.satisfied THEN 1 ELSE 0 END,
                CASE WHEN s.e_result THEN 1 ELSE 0 END,
                COALESCE(s.processing_seconds, 0)
              FROM stat_dossier s WHERE s.finished_at IS NOT NULL
            ) x
            GROUP BY x.stat_day, x.unit_id""", """
            INSERT INTO stat_step (step_id, dossier_id, stat_day, step_key, unit_code, late)
            SELECT st.id, st.dossier_id, CAST(TIMESTAMPADD(HOUR, 7, st.finished_at) AS DATE), st.step_key, st.unit_code,
              CASE WHEN st.result = 'LATE' THEN 1 ELSE 0 END
            FROM dossier_step st WHERE st.finished_at IS NOT NULL""", """
            INSERT INTO stat_step_day (stat_day, step_key, unit_code, handovers, late)
            SELECT t.stat_day, t.step_key, t.unit_code, COUNT(*), SUM(t.late) FROM stat_step t
            GROUP BY t.stat_day, t.step_key, t.unit_code""");

    private StatisticsRollups() {
    }

    /** A row of stat_unit_day. */
    record UnitDay(LocalDate day, long unitId) {
    }

    /** A row of stat_step_day. */
    record StepDay(LocalDate day, String stepKey, String unitCode) {
    }

    /** A finished step as counted: its row key and whether it was late. */
    record CountedStep(long stepId, StepDay key, boolean late) {
    }

    /** What one dossier contributes now: its stat_unit_day counters and its counted steps. */
    record Contribution(Map<UnitDay, long[]> unitDays, List<CountedStep> steps) {
    }

    /** Reads what the dossier's current stat_dossier row and the steps last counted for it contribute. */
    static Contribution counted(Connection connection, long dossierId) throws SQLException {
        return new Contribution(contribution(connection, dossierId), steps(connection,
                "SELECT step_id, stat_day, step_key, unit_code, late FROM stat_step WHERE dossier_id = ? ORDER BY step_id",
                dossierId));
    }

    /**
     * Brings the rollups from the dossier's contribution {@code before} to what its stat_dossier row and control
     * sheet hold now.
     */
    static void update(Connection connection, long dossierId, Contribution before) throws SQLException {
        Map<UnitDay, long[]> delta = new HashMap<>();
        contribution(connection, dossierId).forEach((key, values) -> add(delta, key, values, 1));
        before.unitDays().forEach((key, values) -> add(delta, key, values, -1));
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_UNIT_DAY)) {
            boolean any = false;
            for (Map.Entry<UnitDay, long[]> entry : delta.entrySet()) {
                if (Arrays.stream(entry.getValue()).allMatch(v -> v == 0)) {
                    continue;
                }
                upsert.setObject(1, entry.getKey().day());
                upsert.setLong(2, entry.getKey().unitId());
                for (int i = 0; i < entry.getValue().length; i++) {
                    upsert.setLong(3 + i, entry.getValue()[i]);
                }
                upsert.addBatch();
                any = true;
            }
            if (any) {
                upsert.executeBatch();
            }
        }
        List<CountedStep> now = steps(connection, "SELECT id, CAST(TIMESTAMPADD(HOUR, 7, finished_at) AS DATE),"
                + " step_key, unit_code, CASE WHEN result = 'LATE' THEN 1 ELSE 0 END FROM dossier_step"
                + " WHERE dossier_id = ? AND finished_at IS NOT NULL ORDER BY id", dossierId);
        if (now.equals(before.steps())) {
            return;
        }
        Map<StepDay, long[]> steps = new HashMap<>();
        now.forEach(step -> add(steps, step.key(), new long[] {1, step.late() ? 1 : 0}, 1));
        before.steps().forEach(step -> add(steps, step.key(), new long[] {1, step.late() ? 1 : 0}, -1));
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_STEP_DAY)) {
            for (Map.Entry<StepDay, long[]> entry : steps.entrySet()) {
                if (entry.getValue()[0] == 0 && entry.getValue()[1] == 0) {
                    continue;
                }
                upsert.setObject(1, entry.getKey().day());
                upsert.setString(2, entry.getKey().stepKey());
                upsert.setString(3, entry.getKey().unitCode());
                upsert.setLong(4, entry.getValue()[0]);
                upsert.setLong(5, entry.getValue()[1]);
                upsert.executeUpdate();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stat_step WHERE dossier_id = ?")) {
            delete.setLong(1, dossierId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stat_step (step_id, dossier_id, stat_day,"
                + " step_key, unit_code, late) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CountedStep step : now) {
                insert.setLong(1, step.stepId());
                insert.setLong(2, dossierId);
                insert.setObject(3, step.key().day());
                insert.setString(4, step.key().stepKey());
                insert.setString(5, step.key().unitCode());
                insert.setInt(6, step.late() ? 1 : 0);
                insert.addBatch();
            }
            if (!now.isEmpty()) {
                insert.executeBatch();
            }
        }
    }

    /** Derives all the rollups again from stat_dossier and the control sheet (V24's backfill). */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : REBUILD) {
                statement.executeUpdate(sql);
            }
        }
    }

    private static <K> void add(Map<K, long[]> sums, K key, long[] values, int sign) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += sign * values[i];
        }
    }

    /** The stat_unit_day counters the dossier's stat_dossier row contributes (none when it has no row). */
    private static Map<UnitDay, long[]> contribution(Connection connection, long dossierId) throws SQLException {
        Map<UnitDay, long[]> contribution = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT unit_id, received_day, channel_code,"
                + " online_level, digitised, reused, fee_bearing, paid_online, finished_at, finished_day, due_at,"
                + " due_day, rated, satisfied, e_result, processing_seconds FROM stat_dossier WHERE dossier_id = ?")) {
            select.setLong(1, dossierId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return contribution;
                }
                long unitId = rs.getLong(1);
                LocalDate receivedDay = rs.getObject(2, LocalDate.class);
                if (receivedDay != null) {
                    int channel = rs.getInt(3);
                    boolean fullLevel = "FULL_ONLINE".equals(rs.getString(4));
                    boolean fee = rs.getBoolean(7);
                    long[] values = new long[UNIT_DAY_COLUMNS.size()];
                    values[0] = 1;
                    values[1] = channel == 1 ? 1 : 0;
                    values[2] = channel == 2 ? 1 : 0;
                    values[3] = channel == 3 ? 1 : 0;
                    values[4] = channel == 2 && fullLevel ? 1 : 0;
                    values[5] = fullLevel ? 1 : 0;
                    values[6] = rs.getBoolean(5) ? 1 : 0;
                    values[7] = rs.getBoolean(6) ? 1 : 0;
                    values[8] = fee ? 1 : 0;
                    values[9] = fee && rs.getBoolean(8) ? 1 : 0;
                    add(contribution, new UnitDay(receivedDay, unitId), values, 1);
                }
                LocalDateTime finishedAt = rs.getObject(9, LocalDateTime.class);
                if (finishedAt != null) {
                    LocalDate finishedDay = rs.getObject(10, LocalDate.class);
                    LocalDateTime dueAt = rs.getObject(11, LocalDateTime.class);
                    LocalDate dueDay = rs.getObject(12, LocalDate.class);
                    long[] values = new long[UNIT_DAY_COLUMNS.size()];
                    values[RESOLVED] = 1;
                    values[RESOLVED + 1] = dueDay != null && finishedDay.isBefore(dueDay) ? 1 : 0;
                    values[RESOLVED + 2] = dueDay != null && finishedDay.isAfter(dueDay) ? 1 : 0;
                    values[RESOLVED + 3] = dueAt != null && finishedAt.isBefore(dueAt) ? 1 : 0;
                    values[RESOLVED + 4] = dueAt != null && finishedAt.isAfter(dueAt) ? 1 : 0;
                    values[RESOLVED + 5] = rs.getBoolean(13) ? 1 : 0;
                    values[RESOLVED + 6] = rs.getBoolean(14) ? 1 : 0;
                    values[RESOLVED + 7] = rs.getBoolean(15) ? 1 : 0;
                    values[RESOLVED + 8] = rs.getLong(16);
                    add(contribution, new UnitDay(Objects.requireNonNull(finishedDay), unitId), values, 1);
                }
            }
        }
        return contribution;
    }

    private static List<CountedStep> steps(Connection connection, String sql, long dossierId) throws SQLException {
        List<CountedStep> steps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, dossierId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    steps.add(new CountedStep(rs.getLong(1), new StepDay(rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getString(4)), rs.getInt(5) == 1));
                }
            }
        }
        return steps;
    }
}
