package vn.motcua.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code recurring_job} and {@code recurring_job_run} tables, in plain JDBC so the scheduler's core runs with any
 * data source. Every statement commits on its own, through {@link StatementTransactions}: autocommit with a plain data
 * source, a short JTA transaction of its own in the container (whose pooled connections do not autocommit outside
 * one). The claim is a conditional UPDATE whose update count
 * decides which node runs an occurrence; the release only succeeds for the holder of the claim's token, so a run that
 * outlived its lock cannot disturb the node that took over. Schedule instants are stored as whole seconds (MySQL
 * Connector/J drops fractions against MariaDB).
 */
public class JobStore {

    static final int MESSAGE_LENGTH = 2000;

    private final DataSource dataSource;
    private final StatementTransactions transactions;

    /** A store on a plain data source whose connections autocommit. */
    public JobStore(DataSource dataSource) {
        this(dataSource, StatementTransactions.AUTOCOMMIT);
    }

    public JobStore(DataSource dataSource, StatementTransactions transactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "data source is required");
        this.transactions = Objects.requireNonNull(transactions, "transactions are required");
    }

    /** Work on one connection, committed when it returns. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** How each statement gets its own committed transaction. */
    @FunctionalInterface
    public interface StatementTransactions {

        StatementTransactions AUTOCOMMIT = new StatementTransactions() {
            @Override
            public <T> T commit(DataSource dataSource, ConnectionWork<T> work) throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    return work.apply(connection);
                }
            }
        };

        <T> T commit(DataSource dataSource, ConnectionWork<T> work) throws SQLException;
    }

    /** A node's claim on one occurrence of a job; {@code token} identifies it when the run is recorded. */
    public record Claim(String jobName, String node, String token, Instant scheduledAt) {
    }

    /**
     * Makes sure the job has its row: inserted with its first occurrence when missing (a concurrent insert by another
     * node is fine), its schedule and first occurrence replaced when the configured schedule changed, its enabled
     * switch set to the configured one. An unchanged job keeps its next occurrence across restarts, unless that lies
     * beyond the schedule's next occurrence after {@code now} (it was set while the clock was ahead): then it is
     * brought back to that occurrence.
     */
    public void register(String name, Schedule schedule, boolean enabled, Instant now) throws SQLException {
        Optional<JobState> existing = find(name);
        if (existing.isEmpty()) {
            try {
                update("""
                        INSERT INTO recurring_job (name, schedule_expression, enabled, paused, next_run_at, run_count)
                        VALUES (?, ?, ?, FALSE, ?, 0)""",
                        name, schedule.expression(), enabled, seconds(schedule.nextAfter(now)));
                return;
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
                existing = find(name);
                if (existing.isEmpty()) {
                    throw e;
                }
            }
        }
        JobState state = existing.get();
        Instant due = schedule.nextAfter(now);
        if (!state.schedule().equals(schedule.expression())) {
            update("""
                    UPDATE recurring_job SET schedule_expression = ?, next_run_at = ?
                    WHERE name = ? AND schedule_expression = ?""",
                    schedule.expression(), seconds(due), name, state.schedule());
        } else if (state.nextRunAt().isAfter(due)) {
            // Set while the clock was ahead (a corrected system clock, an application clock moved for a test): the
            // schedule never waits longer than its own next occurrence after now.
            update("UPDATE recurring_job SET next_run_at = ? WHERE name = ? AND next_run_at = ?",
                    seconds(due), name, seconds(state.nextRunAt()));
        }
        if (state.enabled() != enabled) {
            update("UPDATE recurring_job SET enabled = ? WHERE name = ?", enabled, name);
        }
    }

    /** Names of the jobs due at {@code now} whose lock is free, earliest first. */
    public List<String> due(Instant now) throws SQLException {
        return select("""
                SELECT name FROM recurring_job
                WHERE enabled = TRUE AND paused = FALSE AND next_run_at <= ?
                  AND (locked_until IS NULL OR locked_until < ?)
                ORDER BY next_run_at, name""", rs -> rs.getString(1), now, now);
    }

    /**
     * Takes the lock of a due job for {@code node} until {@code lockedUntil}; empty when the job is not due, paused,
     * or locked by another node, i.e. when another node won the occurrence.
     */
    public Optional<Claim> claim(String name, String node, Instant now, Instant lockedUntil) throws SQLException {
        String token = UUID.randomUUID().toString();
        int claimed = update("""
                UPDATE recurring_job
                SET lock_owner = ?, lock_token = ?, locked_until = ?, last_started_at = ?, run_count = run_count + 1
                WHERE name = ? AND enabled = TRUE AND paused = FALSE AND next_run_at <= ?
                  AND (locked_until IS NULL OR locked_until < ?)""",
                node, token, seconds(lockedUntil), now, name, now, now);
        if (claimed != 1) {
            return Optional.empty();
        }
        return select("SELECT next_run_at FROM recurring_job WHERE name = ? AND lock_token = ?",
                rs -> new Claim(name, node, token, instant(rs, 1)), name, token).stream().findFirst();
    }

    /**
     * Frees the locks that {@code node} holds and closes its open runs as {@link JobOutcome#ABANDONED}: called when
     * the node starts, when nothing of it can still be running, so a node that stopped in the middle of a run does
     * not keep that job from running until the lock expires. Node names are unique in a cluster. Returns how many
     * locks were freed.
     */
    public int releaseLocksOf(String node, Instant now) throws SQLException {
        update("UPDATE recurring_job_run SET outcome = ?, finished_at = ? WHERE node = ? AND outcome IS NULL",
                JobOutcome.ABANDONED.name(), now, node);
        return update("""
                UPDATE recurring_job SET lock_owner = NULL, lock_token = NULL, locked_until = NULL
                WHERE lock_owner = ?""", node);
    }

    /**
     * Records the start of a claimed run and returns its id. Runs of the job still open at this point belonged to a
     * node whose lock expired: they are closed as {@link JobOutcome#ABANDONED}.
     */
    public long startRun(Claim claim, Instant startedAt) throws SQLException {
        update("""
                UPDATE recurring_job_run SET outcome = ?, finished_at = ?
                WHERE job_name = ? AND outcome IS NULL""",
                JobOutcome.ABANDONED.name(), startedAt, claim.jobName());
        return transactions.commit(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO recurring_job_run (job_name, node, scheduled_at, started_at)
                    VALUES (?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, claim.jobName(), claim.node(), claim.scheduledAt(), startedAt);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no id generated for the run of " + claim.jobName());
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Records how a run ended and, when the claim still holds the lock, sets the job's next occurrence and releases
     * the lock. Returns false when the lock had expired and another node took the job over meanwhile.
     */
    public boolean finish(Claim claim, long runId, JobOutcome outcome, String message, Instant finishedAt,
                          Instant nextRunAt) throws SQLException {
        String text = truncate(message);
        update("UPDATE recurring_job_run SET finished_at = ?, outcome = ?, message = ? WHERE id = ?",
                finishedAt, outcome.name(), text, runId);
        return update("""
                UPDATE recurring_job
                SET lock_owner = NULL, lock_token = NULL, locked_until = NULL, last_finished_at = ?,
                    last_outcome = ?, last_message = ?, next_run_at = ?
                WHERE name = ? AND lock_token = ?""",
                finishedAt, outcome.name(), text, seconds(nextRunAt), claim.jobName(), claim.token()) == 1;
    }

    /** Keeps the newest {@code keep} runs of the job, by id. */
    public void trimHistory(String name, int keep) throws SQLException {
        List<Long> boundary = select(
                "SELECT id FROM recurring_job_run WHERE job_name = ? ORDER BY id DESC LIMIT 1 OFFSET ?",
                rs -> rs.getLong(1), name, keep);
        if (!boundary.isEmpty()) {
            update("DELETE FROM recurring_job_run WHERE job_name = ? AND id <= ?", name, boundary.get(0));
        }
    }

    /** Makes the job due at {@code now}: the next poll of any node runs it. False when there is no such job. */
    public boolean runNow(String name, Instant now) throws SQLException {
        return update("UPDATE recurring_job SET next_run_at = ? WHERE name = ?", seconds(now), name) == 1;
    }

    /** Pauses or resumes the job on every node. False when there is no such job. */
    public boolean setPaused(String name, boolean paused) throws SQLException {
        return update("UPDATE recurring_job SET paused = ? WHERE name = ?", paused, name) == 1;
    }

    public List<JobState> jobs() throws SQLException {
        return states("", new Object[0]);
    }

    public Optional<JobState> find(String name) throws SQLException {
        return states(" WHERE name = ?", new Object[] {name}).stream().findFirst();
    }

    /** The newest runs of a job, newest first. */
    public List<JobRunView> runs(String name, int limit) throws SQLException {
        return select("""
                SELECT id, job_name, node, scheduled_at, started_at, finished_at, outcome, message
                FROM recurring_job_run WHERE job_name = ? ORDER BY id DESC LIMIT ?""",
                rs -> new JobRunView(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        instant(rs, 5), instant(rs, 6), outcome(rs.getString(7)), rs.getString(8)),
                name, limit);
    }

    private List<JobState> states(String where, Object[] params) throws SQLException {
        return select("""
                SELECT name, schedule_expression, enabled, paused, next_run_at, lock_owner, locked_until,
                       last_started_at, last_finished_at, last_outcome, last_message, run_count
                FROM recurring_job""" + where + " ORDER BY name",
                rs -> new JobState(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        instant(rs, 5), rs.getString(6), instant(rs, 7), instant(rs, 8), instant(rs, 9),
                        outcome(rs.getString(10)), rs.getString(11), rs.getLong(12)),
                params);
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> select(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        return transactions.commit(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, params);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            }
        });
    }

    private int update(String sql, Object... params) throws SQLException {
        return transactions.commit(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, params);
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static JobOutcome outcome(String value) {
        return value == null ? null : JobOutcome.valueOf(value);
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    static String truncate(String message) {
        if (message == null) {
            return null;
        }
        return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
