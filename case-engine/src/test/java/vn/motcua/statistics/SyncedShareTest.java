package vn.motcua.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.statistics.infrastructure.StatisticsReadModel;

/**
 * A dossier counts as synced to the national portal once the portal accepted one of its snapshots: the relay's
 * acceptance marks the row at once, and every later derivation of the row agrees, because it reads the same fact
 * from the integration log. A refused or failed call does not count.
 */
class SyncedShareTest {

    private DataSource database;
    private StatisticsFixture f;

    @BeforeEach
    void province() {
        database = TestDatabase.H2.openMigrated("synced-share", false);
        f = new StatisticsFixture(database);
        f.unit("P", "Ủy ban nhân dân tỉnh", "PROVINCE", null);
        f.procedure("A", "Đăng ký khai sinh", "Hộ tịch", "FULL_ONLINE", 0);
    }

    @AfterEach
    void release() throws Exception {
        TestDatabase.H2.release(database);
    }

    @Test
    void anAcceptedSnapshotMarksTheDossierAndLaterDerivationsKeepIt() {
        long id = f.dossier("P", "A", "ONLINE", "RECEIVED").received("2026-09-02T09:00").due("2026-09-10T17:00")
                .save();
        String code = code(id);
        assertFalse(synced(id));

        log(code, "DongBoHoSoMC", "RETRY"); // timed out: the portal may or may not have it
        log(code, "CapNhatTienDoHoSoMC", "OK"); // progress alone is not the dossier
        f.run(c -> {
            StatisticsReadModel.refresh(c, id);
            return null;
        });
        assertFalse(synced(id));

        log(code, "DongBoHoSoMC", "OK");
        f.run(c -> {
            StatisticsReadModel.markSynced(c, code);
            return null;
        });
        assertTrue(synced(id));

        f.run(c -> {
            StatisticsReadModel.refresh(c, id); // the next change of the dossier derives its row again
            return null;
        });
        assertTrue(synced(id));
    }

    private void log(String code, String service, String outcome) {
        f.run(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dvcqg_exchange (occurred_at, service,"
                    + " dossier_code, url, http_status, outcome, duration_ms) VALUES (CURRENT_TIMESTAMP, ?, ?,"
                    + " 'http://portal/service', 200, ?, 5)")) {
                insert.setString(1, service);
                insert.setString(2, code);
                insert.setString(3, outcome);
                assertEquals(1, insert.executeUpdate());
            }
            return null;
        });
    }

    private String code(long id) {
        return f.run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT code FROM dossier WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private boolean synced(long id) {
        return f.run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT synced FROM stat_dossier WHERE dossier_id = ?")) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    assertTrue(rs.next());
                    return rs.getBoolean(1);
                }
            }
        });
    }
}
