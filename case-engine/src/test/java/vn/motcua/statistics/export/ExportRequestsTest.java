package vn.motcua.statistics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Period;

/**
 * The queue of background exports on a migrated database: requests are built oldest first, one runner at a time; a
 * request whose runner stopped mid-build is taken up by any runner once it is stale, and at once by the same runner
 * when it claims again (a runner claims only between builds: the scheduler runs the job once at a time per node).
 */
class ExportRequestsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    private static final Duration STALE = Duration.ofMinutes(30);

    private DataSource dataSource;
    private ExportRequests requests;

    @BeforeEach
    void openDatabase() {
        dataSource = TestDatabase.H2.openMigrated("motcua_export_requests_test", false);
        requests = new ExportRequests();
        requests.dataSource = dataSource;
    }

    @AfterEach
    void releaseDatabase() throws SQLException {
        TestDatabase.H2.release(dataSource);
    }

    @Test
    void aBuildInterruptedByItsNodesStopIsBuiltAgainWhenThatNodeRunsTheJob() {
        long year = requests.queue("giamsat.hcm", NOW, summary(2026), "000.00.00.H29");
        long lastYear = requests.queue("giamsat.hcm", NOW.plusSeconds(1), summary(2025), "000.00.00.H29");

        ExportRequest building = requests.claimNext("node-a", NOW, NOW.minus(STALE)).orElseThrow();
        assertThat(building.id()).as("oldest first").isEqualTo(year);
        ExportRequest other = requests.claimNext("node-b", NOW, NOW.minus(STALE)).orElseThrow();
        assertThat(other.id()).isEqualTo(lastYear);
        assertThat(requests.claimNext("node-c", NOW, NOW.minus(STALE))).as("both are being built").isEmpty();

        // node-a stops mid-build and starts again a minute later; node-b is still building its own.
        Instant later = NOW.plus(Duration.ofMinutes(1));
        assertThat(requests.claimNext("node-c", later, later.minus(STALE))).as("not stale for another node yet")
                .isEmpty();
        ExportRequest again = requests.claimNext("node-a", later, later.minus(STALE)).orElseThrow();
        assertThat(again.id()).isEqualTo(year);
        assertThat(again.state()).isEqualTo(ExportRequest.State.RUNNING);
        assertThat(again.progress()).isZero();

        requests.done(year, later, new ExportRequests.StoredFile("tong-hop.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "0".repeat(64), 10));
        assertThat(requests.claimNext("node-a", later, later.minus(STALE)))
                .as("a finished export stays finished, and node-b's build is node-b's").isEmpty();
        assertThat(requests.of("giamsat.hcm", 10)).extracting(ExportRequest::id, ExportRequest::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(lastYear, ExportRequest.State.RUNNING),
                org.assertj.core.groups.Tuple.tuple(year, ExportRequest.State.DONE));
    }

    private static ExportSpec summary(int year) {
        return new ExportSpec(ExportKind.SUMMARY, ExportFormat.XLSX, GroupBy.UNIT, "000.00.00.H29", null, null, null,
                new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
}
