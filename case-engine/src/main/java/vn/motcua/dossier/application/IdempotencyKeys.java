package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import vn.motcua.platform.database.UniqueClaims;
import vn.motcua.platform.jobs.JobStatements;
import vn.motcua.platform.jobs.JobStore.StatementTransactions;

/**
 * The {@code idempotency_key} table, in plain JDBC. A key is claimed by inserting its row IN_FLIGHT in a short
 * transaction of its own, committed at once ({@link UniqueClaims}), so that a concurrent duplicate fails its insert on the unique
 * (owner, key) whatever node it reaches; the filing transaction completes the row with the response; a filing refused
 * releases the row (deletes it) so that a corrected retry can use the same key. Keys older than {@link #RETENTION}
 * are deleted lazily, before each claim.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            IdempotencyKeys.class.getName());

    /** How long a key names its dossier: a retry after that files again. */
    public static final Duration RETENTION = Duration.ofHours(24);

    @Inject
    DataSource dataSource;

    @Inject
    JobStatements ownTransactions;

    @Inject
    Clock clock;

    /** The filing's persistence context: the completion joins the filing's transaction through it. */
    @Inject
    jakarta.persistence.EntityManager em;

    protected IdempotencyKeys() {
    }

    /** A store on a data source whose statements each commit through {@code ownTransactions}. */
    public IdempotencyKeys(DataSource dataSource, StatementTransactions ownTransactions, Clock clock) {
        this.dataSource = dataSource;
        this.statements = ownTransactions;
        this.clock = clock;
    }

    private StatementTransactions statements;

    /** What a claim found. */
    public sealed interface Claim {
    }

    /** The key was free: this request goes ahead and must complete or release it. */
    public record Claimed() implements Claim {
    }

    /** Another request under the same key is being filed now. */
    public record InFlight() implements Claim {
    }

    /** The key was used for another request (another fingerprint). */
    public record Mismatch() implements Claim {
    }

    /** The key's request was filed: the same response again. */
    public record Completed(String dossierCode, int status, String body) implements Claim {
    }

    /**
     * Claims {@code key} for a request of {@code owner} with the given fingerprint, in a transaction of its own.
     */
    public Claim claim(long owner, String key, String requestHash) {
        Instant now = clock.instant();
        try {
            try {
                run(c -> {
                    try (PreparedStatement s = c.prepareStatement(
                            "DELETE FROM idempotency_key WHERE created_at < ?")) {
                        s.setTimestamp(1, Timestamp.from(now.minus(RETENTION)));
                        return s.executeUpdate();
                    }
                });
            } catch (SQLException | RuntimeException e) {
                // best effort: the next claim deletes them
                LOG.fine(() -> "expired idempotency keys not deleted now: " + e.getMessage());
            }
            return UniqueClaims.claim(() -> run(c -> {
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO idempotency_key (owner_account, idem_key, request_hash, state, created_at)
                        VALUES (?, ?, ?, 'IN_FLIGHT', ?)""")) {
                    s.setLong(1, owner);
                    s.setString(2, key);
                    s.setString(3, requestHash);
                    s.setTimestamp(4, Timestamp.from(now));
                    return s.executeUpdate();
                }
            }), () -> find(owner, key, requestHash), new Claimed(), new InFlight());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim idempotency key " + key, e);
        }
    }

    /** Completes a claimed key with the response, in the caller's (the filing's) transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(long owner, String key, String dossierCode, int status, String body) {
        if (em != null) {
            int updated = em.createNativeQuery("""
                    UPDATE idempotency_key SET state = 'COMPLETED', dossier_code = ?1, response_status = ?2,
                           response_body = ?3
                     WHERE owner_account = ?4 AND idem_key = ?5 AND state = 'IN_FLIGHT'""")
                    .setParameter(1, dossierCode).setParameter(2, status).setParameter(3, body)
                    .setParameter(4, owner).setParameter(5, key)
                    .executeUpdate();
            if (updated != 1) {
                throw new IllegalStateException("idempotency key " + key + " was not claimed");
            }
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE idempotency_key SET state = 'COMPLETED', dossier_code = ?, response_status = ?, response_body = ?
                 WHERE owner_account = ? AND idem_key = ? AND state = 'IN_FLIGHT'""")) {
            s.setString(1, dossierCode);
            s.setInt(2, status);
            s.setString(3, body);
            s.setLong(4, owner);
            s.setString(5, key);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("idempotency key " + key + " was not claimed");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot complete idempotency key " + key, e);
        }
    }

    /** The dossier filed under a completed key of the owner, if any (the key not yet expired). */
    public Optional<String> dossierFiledUnder(long owner, String key) {
        try {
            return run(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT dossier_code FROM idempotency_key "
                        + "WHERE owner_account = ? AND idem_key = ? AND state = 'COMPLETED'")) {
                    s.setLong(1, owner);
                    s.setString(2, key);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read idempotency key " + key, e);
        }
    }

    /** Gives a claimed key back (the filing failed), in a transaction of its own. */
    public void release(long owner, String key) {
        try {
            run(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM idempotency_key WHERE owner_account = ? AND idem_key = ? AND state = 'IN_FLIGHT'")) {
                    s.setLong(1, owner);
                    s.setString(2, key);
                    return s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release idempotency key " + key, e);
        }
    }

    private Optional<Claim> find(long owner, String key, String requestHash) throws SQLException {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT request_hash, state, dossier_code, response_status, response_body FROM idempotency_key
                     WHERE owner_account = ? AND idem_key = ?""")) {
                s.setLong(1, owner);
                s.setString(2, key);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    if (!requestHash.equals(r.getString(1))) {
                        return Optional.of(new Mismatch());
                    }
                    if ("COMPLETED".equals(r.getString(2))) {
                        return Optional.of(new Completed(r.getString(3), r.getInt(4), r.getString(5)));
                    }
                    return Optional.of(new InFlight());
                }
            }
        });
    }

    private <T> T run(vn.motcua.platform.jobs.JobStore.ConnectionWork<T> work) throws SQLException {
        return (statements != null ? statements : ownTransactions).commit(dataSource, work);
    }
}
