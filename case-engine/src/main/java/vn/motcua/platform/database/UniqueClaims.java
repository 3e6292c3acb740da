package vn.motcua.platform.database;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Claiming a row under a unique key, so that of several requests racing for the same key on any node exactly one goes
 * ahead: the claim inserts the row in a short transaction of its own, committed at once; a request whose insert fails
 * reads the row that is there and acts on it (the key was used, or is being used now). Used for idempotency keys and
 * national dossier codes; the stores keep their own tables and rows, this keeps the race right once.
 *
 * <p>Also the classification of the SQL failures those stores act on, the same on H2, MariaDB and MySQL.
 */
public final class UniqueClaims {

    /** How often an insert is tried again when the row it collided with was released before it could be read. */
    private static final int ATTEMPTS = 3;

    private UniqueClaims() {
    }

    /** A statement, or a few, committed in a transaction of their own. */
    @FunctionalInterface
    public interface Insert {
        void run() throws SQLException;
    }

    /** The row under the key as the caller's claim outcome, if there is one. */
    @FunctionalInterface
    public interface Lookup<C> {
        Optional<C> find() throws SQLException;
    }

    /**
     * Claims a key: {@code claimed} when {@code insert} stored the row; otherwise what {@code existing} finds, or
     * {@code busy} when the insert waited for another request's uncommitted row until it gave up. An insert that
     * collided with a row released before it could be read is tried again.
     */
    public static <C> C claim(Insert insert, Lookup<C> existing, C claimed, C busy) throws SQLException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                insert.run();
                return claimed;
            } catch (SQLException e) {
                // a duplicate key, or (H2) a lock wait on the row another request is inserting: the row tells
                Optional<C> found = existing.find();
                if (found.isPresent()) {
                    return found.get();
                }
                if (contention(e)) {
                    return busy;
                }
                if (!uniqueViolation(e)) {
                    throw e;
                }
                // released between our insert and our read: try again
            }
        }
        return busy;
    }

    /** A unique-key violation: SQL state class 23 (H2, MariaDB and MySQL alike), anywhere in the cause chain. */
    public static boolean uniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Contention for a row lock: a deadlock or serialization failure (SQL state class 40, MariaDB/MySQL error 1213),
     * or a lock wait that timed out (H2's HYT00, MariaDB/MySQL error 1205). Trying again, or telling the caller to,
     * is the answer.
     */
    public static boolean contention(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ((sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00")))
                    || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }
}
