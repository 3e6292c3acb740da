package vn.motcua.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.motcua.statistics.StatisticsFixture.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.Bottleneck;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.StatisticsSettings;
import vn.motcua.statistics.application.SummaryRow;
import vn.motcua.statistics.infrastructure.JdbcSupervisionQueries;
import vn.motcua.statistics.infrastructure.StatisticsReadModel;
import vn.motcua.statistics.infrastructure.StatisticsRollups;

/**
 * The rollups (stat_unit_day, stat_step_day) kept by difference in each refresh equal what V24's backfill derives
 * from the per-dossier rows, after dossiers change; a rolled-back change leaves them untouched; and the queries that
 * read them give the counts of the per-dossier path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsRollupsTest {

    private static final Period SEPTEMBER = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));

    private DataSource database;
    private StatisticsFixture f;
    private JdbcSupervisionQueries queries;

    @BeforeAll
    void buildProvince() {
        database = TestDatabase.H2.openMigrated("rollups", false);
        f = new StatisticsFixture(database);
        f.unit("P", "Ủy ban nhân dân tỉnh", "PROVINCE", null);
        f.unit("D1", "Sở Tư pháp", "DEPARTMENT", "P");
        f.unit("Q1", "Ủy ban nhân dân huyện", "DISTRICT", "P");
        f.account("giamsat.tinh", "SUPERVISOR", "P");
        f.procedure("A", "Đăng ký khai sinh", "Hộ tịch", "FULL_ONLINE", 0);
        f.procedure("B", "Cấp giấy chứng nhận", "Đất đai", "PARTIAL_ONLINE", 50_000);
        long d1 = f.dossier("D1", "A", "ONLINE", "RETURNED").received("2026-09-02T09:00").due("2026-09-10T17:00")
                .finished("2026-09-08T10:00").eResult().rated("SATISFIED").save();
        f.dossier("Q1", "B", "POST", "RETURNED").received("2026-09-04T08:00").due("2026-09-15T17:00")
                .finished("2026-09-18T08:00").paidOnline().save();
        f.dossier("Q1", "A", "COUNTER", "PROCESSING").received("2026-09-05T08:00").due("2026-09-25T17:00").save();
        f.step(d1, "appraise", "D1", "2026-09-02T09:00", "2026-09-05T09:00", "ON_TIME");
        Clock now = Clock.fixed(at("2026-10-05T10:00"), BusinessTime.ZONE);
        queries = new JdbcSupervisionQueries(f, now, StatisticsSettings.defaults(),
                unit -> WorkingCalendar.weekdays(BusinessTime.ZONE));
    }

    @AfterAll
    void release() throws Exception {
        TestDatabase.H2.release(database);
    }

    private StatisticsScope province() {
        return queries.scopeFor("giamsat.tinh", null, null, null, null);
    }

    @Test
    void aDossierMovingFromInProgressToResolvedMovesItsCountsAndTheRollupsEqualTheBackfill() {
        long moving = f.dossier("Q1", "B", "COUNTER", "PROCESSING").received("2026-09-07T08:00")
                .due("2026-09-20T17:00").save();
        long step = f.step(moving, "appraise", "Q1", "2026-09-07T08:00", null, null);
        Kpis before = queries.kpis(province(), SEPTEMBER);
        assertRollupsEqualTheBackfill();

        // the dossier is resolved late on 09-23 after a late appraisal, both announced in one change
        f.run(c -> {
            update(c, "UPDATE dossier SET status = 'RESULT_READY', result_ready_at = ? WHERE id = ?",
                    utc("2026-09-23T10:00"), moving);
            update(c, "UPDATE dossier_step SET finished_at = ?, result = 'LATE' WHERE id = ?",
                    utc("2026-09-22T10:00"), step);
            return null;
        });
        f.refresh(moving);

        Kpis after = queries.kpis(province(), SEPTEMBER);
        assertEquals(before.received(), after.received());
        assertEquals(before.resolved() + 1, after.resolved());
        assertEquals(before.resolvedLate() + 1, after.resolvedLate());
        assertEquals(before.resolvedEarly(), after.resolvedEarly());
        assertEquals(before.inProgressWithinTime() + before.inProgressOverdue() - 1,
                after.inProgressWithinTime() + after.inProgressOverdue());
        assertEquals(List.of(new Bottleneck("appraise", "Q1", "Ủy ban nhân dân huyện", 1, 1)),
                queries.bottlenecks(province(), SEPTEMBER, 5));
        assertRollupsEqualTheBackfill();

        // the summary by unit (rollups) agrees with the same summary narrowed to every field (per-dossier path)
        List<SummaryRow> byUnit = queries.summary(province(), SEPTEMBER, GroupBy.UNIT);
        SummaryRow q1 = byUnit.stream().filter(r -> r.key().equals("Q1")).findFirst().orElseThrow();
        assertEquals(3, q1.received());
        assertEquals(2, q1.resolved());
        assertEquals(2, q1.resolvedLate());
        long landField = queries.summary(queries.scopeFor("giamsat.tinh", "Q1", null, "Đất đai", null), SEPTEMBER,
                GroupBy.UNIT).stream().mapToLong(SummaryRow::resolvedLate).sum();
        assertEquals(2, landField);
    }

    @Test
    void aRolledBackChangeLeavesTheRollupsUntouched() throws SQLException {
        long open = f.dossier("D1", "A", "ONLINE", "PROCESSING").received("2026-09-11T08:00")
                .due("2026-09-30T17:00").save();
        List<String> before = rollups();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            update(c, "UPDATE dossier SET status = 'RESULT_READY', result_ready_at = ? WHERE id = ?",
                    utc("2026-09-12T10:00"), open);
            StatisticsReadModel.refresh(c, open);
            assertFalse(before.equals(rollups(c)), "inside the transaction the rollups moved");
            c.rollback();
        }
        assertEquals(before, rollups());
        assertRollupsEqualTheBackfill();
    }

    @Test
    void aRefreshWithoutChangeKeepsTheRollups() {
        List<String> before = rollups();
        f.run(c -> {
            try (PreparedStatement ids = c.prepareStatement("SELECT id FROM dossier ORDER BY id");
                 ResultSet rs = ids.executeQuery()) {
                while (rs.next()) {
                    StatisticsReadModel.refresh(c, rs.getLong(1));
                }
            }
            return null;
        });
        assertEquals(before, rollups());
    }

    /** The rollups as kept by difference equal the backfill's (derived again, then rolled back). */
    private void assertRollupsEqualTheBackfill() {
        try (Connection c = database.getConnection()) {
            List<String> kept = rollups(c);
            c.setAutoCommit(false);
            StatisticsRollups.rebuild(c);
            List<String> derived = rollups(c);
            c.rollback();
            assertFalse(derived.isEmpty());
            assertEquals(derived, kept);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> rollups() {
        return f.run(StatisticsRollupsTest::rollups);
    }

    /** Every rollup row that counts something, as text (rows left at zero by a move count for nothing). */
    private static List<String> rollups(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of("SELECT * FROM stat_unit_day ORDER BY stat_day, unit_id",
                "SELECT * FROM stat_step_day ORDER BY stat_day, step_key, unit_code",
                "SELECT * FROM stat_step ORDER BY step_id")) {
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(sql.substring(14, 27));
                    boolean counts = sql.contains("stat_step ");
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.append('|').append(value);
                        if (i > 2 && value instanceof Number n && n.longValue() != 0) {
                            counts = true;
                        }
                    }
                    if (counts) {
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private static LocalDateTime utc(String local) {
        return LocalDateTime.ofInstant(at(local), ZoneOffset.UTC);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertEquals(1, statement.executeUpdate());
        }
    }
}
