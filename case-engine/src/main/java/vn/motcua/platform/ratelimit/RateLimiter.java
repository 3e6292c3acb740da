package vn.motcua.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.motcua.platform.database.UniqueClaims;
import vn.motcua.platform.jobs.JobStatements;
import vn.motcua.platform.jobs.JobStore.StatementTransactions;

/**
 * Fixed-window request counters in the {@code rate_limit_window} table, one row per client and window, so that the
 * nodes of a cluster count together. Each hit is one short committed transaction: the row is inserted at 1 or its
 * counter incremented in one upsert, and read back under the row lock; a deadlock or lock timeout counts again, a few
 * times. Windows long past are deleted, on their own, when a new window of the client begins.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    private static final int SUBJECT_LENGTH = 150;
    private static final long DAY = 86_400;
    private static final int ATTEMPTS = 5;

    /**
     * What a hit decided: whether the request may go ahead, the limit, the requests left in the window and the
     * seconds until it resets (for {@code RateLimit-*} and {@code Retry-After}).
     */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    JobStatements ownTransactions;

    @Inject
    Clock clock;

    private StatementTransactions statements;

    protected RateLimiter() {
    }

    public RateLimiter(DataSource dataSource, StatementTransactions statements, Clock clock) {
        this.dataSource = dataSource;
        this.statements = statements;
        this.clock = clock;
    }

    /** Counts one request of {@code subject} against {@code limit} requests per {@code window}. */
    public Decision hit(String subject, int limit, Duration window) {
        long length = Math.max(1, window.toSeconds());
        long now = clock.instant().getEpochSecond();
        long start = now - Math.floorMod(now, length);
        String key = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        StatementTransactions transactions = statements != null ? statements : ownTransactions;
        int hits = 0;
        for (int attempt = 1; hits == 0; attempt++) {
            try {
                hits = transactions.commit(dataSource, c -> atomically(c, () -> count(c, key, start)));
            } catch (SQLException e) {
                if (!UniqueClaims.contention(e) || attempt == ATTEMPTS) {
                    throw new IllegalStateException("cannot count requests of " + key, e);
                }
                LOG.fine(() -> "rate-limit counter of " + key + " contended, counting again: " + e.getMessage());
                pause(attempt);
            }
        }
        if (hits == 1) {
            try {
                transactions.commit(dataSource, c -> forgetOld(c, key, start - length, start - Math.max(length, DAY)));
            } catch (SQLException e) {
                LOG.fine(() -> "old rate-limit windows not deleted now: " + e.getMessage());
            }
        }
        return new Decision(hits <= limit, limit, Math.max(0, limit - hits), start + length - now);
    }

    /** The increment and its read-back in one transaction: on a plain connection that autocommits, one of ours. */
    private static int atomically(Connection c, JobStoreWork work) throws SQLException {
        if (!c.getAutoCommit()) {
            return work.run();
        }
        c.setAutoCommit(false);
        try {
            int hits = work.run();
            c.commit();
            return hits;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @FunctionalInterface
    private interface JobStoreWork {
        int run() throws SQLException;
    }

    /**
     * Opens the window at 1 or increments it, in one statement that takes the row's exclusive lock either way, then
     * reads the count back under that lock. (An UPDATE finding no row followed by an INSERT deadlocks on InnoDB when
     * several requests open the same window at once: each holds a gap lock the others' inserts wait for.)
     */
    private static int count(Connection c, String subject, long start) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO rate_limit_window (subject, window_start, hits) VALUES (?, ?, 1)
                    ON DUPLICATE KEY UPDATE hits = hits + 1""")) {
            s.setString(1, subject);
            s.setLong(2, start);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT hits FROM rate_limit_window WHERE subject = ? AND window_start = ?")) {
            s.setString(1, subject);
            s.setLong(2, start);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("the counter of " + subject + " vanished after its increment");
                }
                return r.getInt(1);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the subject's past windows, and every client's windows older than a day. */
    private static int forgetOld(Connection c, String subject, long before, long everyoneBefore)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM rate_limit_window WHERE subject = ? AND window_start < ?");
             PreparedStatement all = c.prepareStatement("DELETE FROM rate_limit_window WHERE window_start < ?")) {
            s.setString(1, subject);
            s.setLong(2, before);
            all.setLong(1, everyoneBefore);
            return s.executeUpdate() + all.executeUpdate();
        }
    }
}
