package vn.motcua.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.audit.domain.AuditEntry;
import vn.motcua.audit.domain.AuditFacts;
import vn.motcua.audit.domain.ChainVerification;
import vn.motcua.audit.domain.ChainVerifier;

/**
 * The audit chain in the tables {@code audit_entry} and {@code audit_chain_head}, over plain JDBC on the caller's
 * connection (inside the container: the connection of the use case's JTA transaction).
 * <p>
 * Appending locks the single chain-head row ({@code SELECT ... FOR UPDATE}) until the caller's transaction ends, so
 * appenders on every node take turns, each entry links to the one committed before it, and a rolled-back use case
 * gives its sequence number back. Reading walks the chain in batches of sequence numbers, never all at once.
 */
public final class JdbcAuditLog {

    private static final String COLUMNS = "sequence_no, occurred_at, actor_username, actor_kind, actor_unit, "
            + "client_address, action, object_type, object_code, before_summary, after_summary, reason, "
            + "previous_hash, entry_hash";

    private final int batchSize;

    public JdbcAuditLog(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.batchSize = batchSize;
    }

    /** Appends the facts as the next link of the chain, in the connection's current transaction. */
    public AuditEntry append(Connection connection, AuditFacts facts) throws SQLException {
        if (connection.getAutoCommit()) {
            // The head row's lock would end with the SELECT: two appenders could both take the same sequence number.
            throw new IllegalStateException("the audit chain is appended inside a transaction only, but the "
                    + "connection is in auto-commit mode");
        }
        long lastSequence;
        String lastHash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the audit chain head row is missing (migration V2)");
            }
            lastSequence = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        AuditEntry entry = AuditEntry.chained(lastSequence + 1, facts, lastHash);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setObject(2, LocalDateTime.ofInstant(facts.occurredAt(), ZoneOffset.UTC));
            insert.setString(3, facts.actorUsername());
            insert.setString(4, facts.actorKind());
            setNullable(insert, 5, facts.actorUnit());
            insert.setString(6, facts.clientAddress());
            insert.setString(7, facts.action());
            insert.setString(8, facts.objectType());
            insert.setString(9, facts.objectCode());
            setNullable(insert, 10, facts.beforeSummary());
            setNullable(insert, 11, facts.afterSummary());
            setNullable(insert, 12, facts.reason());
            insert.setString(13, entry.previousHash());
            insert.setString(14, entry.entryHash());
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            advance.setLong(1, entry.sequence());
            advance.setString(2, entry.entryHash());
            advance.executeUpdate();
        }
        return entry;
    }

    /** Walks the whole chain in sequence order, batch by batch, and reports the first broken link. */
    public ChainVerification verify(Connection connection) throws SQLException {
        long headSequence;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the audit chain head row is missing (migration V2)");
            }
            headSequence = rs.getLong(1);
            headHash = rs.getString(2);
        }
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEntry> batch = entriesAfter(connection, after, batchSize);
            for (AuditEntry entry : batch) {
                if (entry.sequence() > headSequence) {
                    return verifier.finish(headSequence, headHash);
                }
                Optional<ChainVerification> broken = verifier.check(entry);
                if (broken.isPresent()) {
                    return broken.get();
                }
                after = entry.sequence();
            }
            if (batch.size() < batchSize) {
                return verifier.finish(headSequence, headHash);
            }
        }
    }

    /** Up to {@code limit} entries with a sequence number above {@code after}, oldest first. */
    public List<AuditEntry> entriesAfter(Connection connection, long after, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM audit_entry WHERE sequence_no > ? ORDER BY sequence_no LIMIT ?")) {
            query.setLong(1, after);
            query.setInt(2, limit);
            return read(query);
        }
    }

    /** Up to {@code limit} entries with a sequence number below {@code before}, newest first. */
    public List<AuditEntry> entriesBefore(Connection connection, long before, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM audit_entry WHERE sequence_no < ? ORDER BY sequence_no DESC LIMIT ?")) {
            query.setLong(1, before);
            query.setInt(2, limit);
            return read(query);
        }
    }

    /** The entries about one object (e.g. a dossier by its code), oldest first. */
    public List<AuditEntry> entriesAbout(Connection connection, String objectType, String objectCode)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM audit_entry WHERE object_type = ? AND object_code = ? ORDER BY sequence_no")) {
            query.setString(1, objectType);
            query.setString(2, objectCode);
            return read(query);
        }
    }

    private static List<AuditEntry> read(PreparedStatement query) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                AuditFacts facts = new AuditFacts(
                        rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("actor_username"), rs.getString("actor_kind"), rs.getString("actor_unit"),
                        rs.getString("client_address"), rs.getString("action"), rs.getString("object_type"),
                        rs.getString("object_code"), rs.getString("before_summary"), rs.getString("after_summary"),
                        rs.getString("reason"));
                entries.add(new AuditEntry(rs.getLong("sequence_no"), facts, rs.getString("previous_hash"),
                        rs.getString("entry_hash")));
            }
        }
        return entries;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
