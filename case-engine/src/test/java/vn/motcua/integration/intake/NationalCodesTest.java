package vn.motcua.integration.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.jobs.JobStore;

/**
 * National dossier codes claimed by many arrivals at once, on H2 and on MariaDB (with {@code -Dit.db=mariadb}): in
 * every round exactly one arrival claims the code and all the others are told it is being received, none fails; once
 * completed the code answers with our dossier, once released it can be claimed again.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class NationalCodesTest {

    @Parameter
    TestDatabase kind;

    private DataSource database;
    private NationalCodes codes;

    @BeforeEach
    void open() {
        database = kind.openMigrated("motcua_intake_test", false);
        codes = new NationalCodes(database, JobStore.StatementTransactions.AUTOCOMMIT,
                Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws SQLException {
        kind.release(database);
    }

    @Test
    void ofManyConcurrentArrivalsExactlyOneClaimsAndNoneFails() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                String code = "G22.99-261122-" + String.format("%04d", round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<NationalCodes.Claim>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    claims.add(threads.submit(() -> {
                        start.await();
                        return codes.claim(code, IntakeSource.PUSH);
                    }));
                }
                start.countDown();
                List<NationalCodes.Claim> results = new ArrayList<>();
                for (Future<NationalCodes.Claim> claim : claims) {
                    results.add(claim.get(30, TimeUnit.SECONDS));
                }
                assertThat(results).as("round %d", round).filteredOn(NationalCodes.Claimed.class::isInstance)
                        .hasSize(1);
                assertThat(results).as("round %d", round).filteredOn(NationalCodes.Receiving.class::isInstance)
                        .hasSize(7);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCompletedCodeAnswersWithOurDossierAndAReleasedOneCanBeClaimedAgain() {
        assertThat(codes.claim("G22.99-261122-0100", IntakeSource.PUSH)).isInstanceOf(NationalCodes.Claimed.class);
        codes.complete("G22.99-261122-0100", "000.30.01.H29-261122-0001");
        assertThat(codes.claim("G22.99-261122-0100", IntakeSource.POLL))
                .isEqualTo(new NationalCodes.Received("000.30.01.H29-261122-0001"));
        assertThat(codes.dossierOf("G22.99-261122-0100")).contains("000.30.01.H29-261122-0001");

        assertThat(codes.claim("G22.99-261122-0101", IntakeSource.PUSH)).isInstanceOf(NationalCodes.Claimed.class);
        codes.release("G22.99-261122-0101");
        assertThat(codes.claim("G22.99-261122-0101", IntakeSource.PUSH)).isInstanceOf(NationalCodes.Claimed.class);
    }
}
