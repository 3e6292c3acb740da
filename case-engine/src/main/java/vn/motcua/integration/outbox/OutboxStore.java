package vn.motcua.integration.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The {@code outbox_message} table through plain JDBC on the application's data source. Inside a JTA transaction the
 * container enlists the connection, so {@link #insert} commits or rolls back with the use case; the relay's calls run
 * outside any transaction, each statement on its own. Claims are conditional updates (no {@code SELECT ... FOR
 * UPDATE}, no {@code SKIP LOCKED}): of several workers racing for a message exactly one updates the row.
 */
public class OutboxStore {

    static final int MAX_ERROR_LENGTH = 1000;

    private static final String COLUMNS = "id, aggregate_type, aggregate_id, channel, message_type, payload, "
            + "idempotency_key, status, attempts, next_attempt_at, last_error, lease_owner, lease_until, created_at, "
            + "delivered_at, closed_by, closed_reason";

    /**
     * The heads of the streams that are due: a PENDING message whose next attempt is due and whose lease (if any)
     * ran out, with no older PENDING or DEAD message in its (aggregate, channel) stream.
     */
    private static final String DUE_HEADS = "SELECT m.id FROM outbox_message m "
            + "WHERE m.status = 'PENDING' AND m.next_attempt_at <= ? AND (m.lease_until IS NULL OR m.lease_until < ?) "
            + "AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.aggregate_type = m.aggregate_type "
            + "AND e.aggregate_id = m.aggregate_id AND e.channel = m.channel AND e.status IN ('PENDING', 'DEAD') "
            + "AND e.id < m.id) "
            + "ORDER BY m.id LIMIT ?";

    private static final String CLAIM = "UPDATE outbox_message SET lease_owner = ?, lease_until = ?, "
            + "attempts = attempts + 1 WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ? "
            + "AND (lease_until IS NULL OR lease_until < ?)";

    private final DataSource dataSource;

    public OutboxStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "data source is required");
    }

    /** Adds a PENDING message, due now. Joins the caller's transaction when there is one. */
    public long insert(NewMessage message, Instant now) {
        String sql = "INSERT INTO outbox_message (aggregate_type, aggregate_id, channel, message_type, payload, "
                + "idempotency_key, status, attempts, next_attempt_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, message.aggregateType());
            insert.setString(2, message.aggregateId());
            insert.setString(3, message.channel().name());
            insert.setString(4, message.messageType());
            insert.setString(5, message.payload());
            insert.setString(6, message.idempotencyKey());
            setInstant(insert, 7, now);
            setInstant(insert, 8, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("the database returned no id for the outbox message");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new OutboxStoreException("cannot enqueue " + message.messageType() + " for "
                    + message.aggregateType() + " " + message.aggregateId(), e);
        }
    }

    /**
     * Adds a PENDING message unless its idempotency key is taken, also by a transaction that committed it while this
     * one waited on the key: empty then. A duplicate key fails the statement only, never the caller's transaction
     * (MariaDB, MySQL and H2 roll back just the failed statement).
     */
    public OptionalLong insertUnlessPresent(NewMessage message, Instant now) {
        try {
            return OptionalLong.of(insert(message, now));
        } catch (OutboxStoreException e) {
            if (message.idempotencyKey() != null && e.getCause() instanceof SQLException sql && isDuplicateKey(sql)) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    /**
     * A unique key refused the row (MariaDB and MySQL error 1062, SQL state 23505 elsewhere). An outbox row has one
     * unique key besides its generated id: the idempotency key.
     */
    private static boolean isDuplicateKey(SQLException e) {
        return e.getErrorCode() == 1062 || "23505".equals(e.getSQLState());
    }

    /** Ids of messages a worker may try to claim now, oldest first. */
    List<Long> dueHeads(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(DUE_HEADS)) {
            setInstant(select, 1, now);
            setInstant(select, 2, now);
            select.setInt(3, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new OutboxStoreException("cannot look for due outbox messages", e);
        }
    }

    /**
     * Takes the lease of a due message for {@code owner} and counts the attempt; empty when another worker was
     * faster or the message is no longer due.
     */
    Optional<OutboxMessage> claim(long id, String owner, Instant now, Instant leaseUntil) {
        try (Connection connection = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, owner);
                setInstant(claim, 2, leaseUntil);
                claim.setLong(3, id);
                setInstant(claim, 4, now);
                setInstant(claim, 5, now);
                updated = claim.executeUpdate();
            }
            if (updated != 1) {
                return Optional.empty();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT aggregate_type, aggregate_id, channel, message_type, payload, idempotency_key, attempts "
                            + "FROM outbox_message WHERE id = ? AND lease_owner = ?")) {
                select.setLong(1, id);
                select.setString(2, owner);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new OutboxMessage(id, rs.getString(1), rs.getString(2),
                            OutboxChannel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7)));
                }
            }
        } catch (SQLException e) {
            throw new OutboxStoreException("cannot claim outbox message " + id, e);
        }
    }

    /** Records a delivery; false when the claim was lost meanwhile (the lease ran out and another worker took it). */
    boolean markDelivered(OutboxMessage message, String owner, Instant now) {
        return update("UPDATE outbox_message SET status = 'DELIVERED', delivered_at = ?, lease_until = NULL "
                        + "WHERE id = ? AND status = 'PENDING' AND lease_owner = ? AND attempts = ?",
                statement -> {
                    setInstant(statement, 1, now);
                    statement.setLong(2, message.id());
                    statement.setString(3, owner);
                    statement.setInt(4, message.attempt());
                }) == 1;
    }

    /** Records a failed attempt: PENDING again from {@code nextAttemptAt}, or DEAD. */
    boolean markFailed(OutboxMessage message, String owner, OutboxStatus next, Instant nextAttemptAt, String error) {
        return update("UPDATE outbox_message SET status = ?, next_attempt_at = ?, last_error = ?, lease_until = NULL "
                        + "WHERE id = ? AND status = 'PENDING' AND lease_owner = ? AND attempts = ?",
                statement -> {
                    statement.setString(1, next.name());
                    setInstant(statement, 2, nextAttemptAt);
                    statement.setString(3, truncate(error));
                    statement.setLong(4, message.id());
                    statement.setString(5, owner);
                    statement.setInt(6, message.attempt());
                }) == 1;
    }

    /** A DEAD message becomes PENDING and due now, with a fresh set of attempts. */
    public boolean retry(long id, Instant now) {
        return update("UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                        + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'DEAD'",
                statement -> {
                    setInstant(statement, 1, now);
                    statement.setLong(2, id);
                }) == 1;
    }

    /**
     * A DEAD message, or a PENDING one that no worker holds, is given up: DISCARDED with who and why. It no longer
     * holds its stream.
     */
    public boolean discard(long id, String by, String reason, Instant now) {
        return update("UPDATE outbox_message SET status = 'DISCARDED', closed_by = ?, closed_reason = ?, "
                        + "lease_until = NULL WHERE id = ? AND (status = 'DEAD' OR (status = 'PENDING' "
                        + "AND (lease_until IS NULL OR lease_until < ?)))",
                statement -> {
                    statement.setString(1, by);
                    statement.setString(2, truncate(reason));
                    statement.setLong(3, id);
                    setInstant(statement, 4, now);
                }) == 1;
    }

    /** Whether a message with this idempotency key was ever enqueued (whatever became of it). */
    public boolean contains(String idempotencyKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT 1 FROM outbox_message WHERE idempotency_key = ?")) {
            statement.setString(1, idempotencyKey);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new OutboxStoreException("cannot look up an idempotency key", e);
        }
    }

    public Optional<OutboxEntry> find(long id) {
        List<OutboxEntry> found = query("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ?",
                statement -> statement.setLong(1, id));
        return found.stream().findFirst();
    }

    /** Rows matching the filter, newest first. */
    public List<OutboxEntry> list(OutboxFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM outbox_message WHERE 1 = 1");
        List<String> parameters = new ArrayList<>();
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.channel() != null) {
            sql.append(" AND channel = ?");
            parameters.add(filter.channel().name());
        }
        if (filter.aggregateId() != null && !filter.aggregateId().isBlank()) {
            sql.append(" AND aggregate_id = ?");
            parameters.add(filter.aggregateId().strip());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        return query(sql.toString(), statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            statement.setInt(parameters.size() + 1, limit);
        });
    }

    public Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT status, COUNT(*) FROM outbox_message GROUP BY status")) {
            while (rs.next()) {
                counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new OutboxStoreException("cannot count outbox messages", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxStoreException("cannot update the outbox", e);
        }
    }

    private List<OutboxEntry> query(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    entries.add(new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                            OutboxChannel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getString(7), OutboxStatus.valueOf(rs.getString(8)), rs.getInt(9), instant(rs, 10),
                            rs.getString(11), rs.getString(12), instant(rs, 13), instant(rs, 14), instant(rs, 15),
                            rs.getString(16), rs.getString(17)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new OutboxStoreException("cannot read the outbox", e);
        }
    }

    static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /** Instants are stored as UTC wall-clock times in DATETIME(6) columns, whatever the JVM's zone. */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rs, int index) throws SQLException {
        LocalDateTime value = rs.getObject(index, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
