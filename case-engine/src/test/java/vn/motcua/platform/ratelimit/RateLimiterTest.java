package vn.motcua.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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
import vn.motcua.platform.time.ApplicationClock;

/**
 * The database's fixed-window counters (H2, and MariaDB with {@code -Dit.db=mariadb}; each hit committed on its own): a
 * client gets its limit per window and then is refused until the window resets; two nodes count together; concurrent
 * hits, the first ones racing to open the window, neither fail nor let more through.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RateLimiterTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Parameter
    TestDatabase kind;

    private DataSource database;
    private final ApplicationClock clock = new ApplicationClock(
            Clock.fixed(Instant.parse("2026-11-21T03:00:10Z"), ZoneOffset.UTC));

    @BeforeEach
    void database() {
        database = kind.openMigrated("motcua_ratelimit_test", false);
    }

    @AfterEach
    void close() throws Exception {
        kind.release(database);
    }

    private RateLimiter node() {
        return new RateLimiter(database, JobStore.StatementTransactions.AUTOCOMMIT, clock);
    }

    @Test
    void aClientGetsItsLimitPerWindowThenWaitsForTheReset() {
        RateLimiter limiter = node();
        for (int i = 1; i <= 3; i++) {
            RateLimiter.Decision decision = limiter.hit("key:abc", 3, MINUTE);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(3 - i);
        }
        RateLimiter.Decision refused = limiter.hit("key:abc", 3, MINUTE);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetSeconds()).as("until 03:01:00").isEqualTo(50);
        assertThat(limiter.hit("key:other", 3, MINUTE).allowed()).as("another client counts apart").isTrue();

        clock.setTo(Instant.parse("2026-11-21T03:01:00Z"));
        assertThat(limiter.hit("key:abc", 3, MINUTE).allowed()).isTrue();
    }

    @Test
    void twoNodesCountTogether() {
        RateLimiter first = node();
        RateLimiter second = node();
        assertThat(first.hit("ip:10.0.0.1", 2, MINUTE).allowed()).isTrue();
        assertThat(second.hit("ip:10.0.0.1", 2, MINUTE).allowed()).isTrue();
        assertThat(first.hit("ip:10.0.0.1", 2, MINUTE).allowed()).isFalse();
        assertThat(second.hit("ip:10.0.0.1", 2, MINUTE).allowed()).isFalse();
    }

    @Test
    void concurrentHitsOpeningNewWindowsNeitherFailNorLetMoreThrough() throws Exception {
        RateLimiter limiter = node();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            // every round is a new client's first window: the racers all find no row and insert it at once
            for (int round = 0; round < 20; round++) {
                String subject = "sub:racer-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> hits = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    hits.add(threads.submit(() -> {
                        start.await();
                        return limiter.hit(subject, 10, MINUTE).allowed();
                    }));
                }
                start.countDown();
                int allowed = 0;
                for (Future<Boolean> hit : hits) {
                    allowed += hit.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(allowed).as("round %d", round).isEqualTo(10);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
