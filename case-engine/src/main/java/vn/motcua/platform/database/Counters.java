package vn.motcua.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * Gap-free counters kept in rows of a table, one row per pair of keys (an agency and a day for dossier codes, an
 * agency and a year for document numbers). The increment runs in the caller's transaction and holds the row lock
 * until commit, so values are unique across nodes and gap-free: a rolled-back use case gives its value back. A
 * missing row is created in a short transaction of its own, so two nodes starting the same key never fail the
 * caller's transaction on a duplicate key.
 */
@ApplicationScoped
public class Counters {

    /**
     * Where a counter lives: its table, the two key columns and the value column (names from code, never input).
     */
    public record Counter(String table, String firstKey, String secondKey, String value) {
        public Counter {
            Objects.requireNonNull(table);
            Objects.requireNonNull(firstKey);
            Objects.requireNonNull(secondKey);
            Objects.requireNonNull(value);
        }

        String increment() {
            return "UPDATE " + table + " SET " + value + " = " + value + " + 1 WHERE " + firstKey + " = ?1 AND "
                    + secondKey + " = ?2";
        }

        String read() {
            return "SELECT " + value + " FROM " + table + " WHERE " + firstKey + " = ?1 AND " + secondKey + " = ?2";
        }

        String create() {
            return "INSERT INTO " + table + " (" + firstKey + ", " + secondKey + ", " + value + ") VALUES (?1, ?2, 0)";
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Counters.CounterRows rows;

    /** The counter's next value for the two keys, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(Counter counter, Object firstKey, Object secondKey) {
        for (int attempt = 0; ; attempt++) {
            int updated = em.createNativeQuery(counter.increment())
                    .setParameter(1, firstKey)
                    .setParameter(2, secondKey)
                    .executeUpdate();
            if (updated == 1) {
                return ((Number) em.createNativeQuery(counter.read())
                        .setParameter(1, firstKey)
                        .setParameter(2, secondKey)
                        .getSingleResult()).intValue();
            }
            if (attempt > 0) {
                throw new IllegalStateException("cannot create the row of " + counter.table() + " for " + firstKey
                        + ", " + secondKey);
            }
            try {
                rows.create(counter, firstKey, secondKey);
            } catch (PersistenceException e) {
                // Another node created the row first (a duplicate key): the next UPDATE finds it. Any other failure
                // shows there too, as the IllegalStateException above.
            }
        }
    }

    /** Creates a counter row in a transaction of its own (see {@link Counters}). */
    @ApplicationScoped
    public static class CounterRows {

        @Inject
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(Counter counter, Object firstKey, Object secondKey) {
            em.createNativeQuery(counter.create())
                    .setParameter(1, firstKey)
                    .setParameter(2, secondKey)
                    .executeUpdate();
        }
    }
}
