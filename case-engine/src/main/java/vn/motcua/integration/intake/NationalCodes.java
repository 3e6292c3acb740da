package vn.motcua.integration.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import vn.motcua.platform.database.UniqueClaims;
import vn.motcua.platform.jobs.JobStatements;
import vn.motcua.platform.jobs.JobStore.ConnectionWork;
import vn.motcua.platform.jobs.JobStore.StatementTransactions;

/**
 * The {@code national_intake} table, in plain JDBC: one row per national dossier code, for good. A code is claimed by
 * inserting its row RECEIVING ({@link UniqueClaims}), so that a concurrent duplicate fails its insert on the unique
 * code whatever node it reaches; the filing transaction completes the row with our
 * dossier's code; a filing that fails releases the row (deletes it), so the portal's next try goes through.
 */
@ApplicationScoped
public class NationalCodes {

    @Inject
    DataSource dataSource;

    @Inject
    JobStatements ownTransactions;

    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    private StatementTransactions statements;

    protected NationalCodes() {
    }

    /** A store whose statements each commit through {@code statements}; completion on a plain connection. */
    public NationalCodes(DataSource dataSource, StatementTransactions statements, Clock clock) {
        this.dataSource = dataSource;
        this.statements = statements;
        this.clock = clock;
    }

    /** What a claim found. */
    public sealed interface Claim {
    }

    /** The code was new: this arrival files the dossier and must complete or release the claim. */
    public record Claimed() implements Claim {
    }

    /** Another arrival of the same code is being filed right now. */
    public record Receiving() implements Claim {
    }

    /** The code was received before, as our dossier {@code dossierCode}. */
    public record Received(String dossierCode) implements Claim {
    }

    public Claim claim(String nationalCode, IntakeSource source) {
        Instant now = clock.instant();
        try {
            return UniqueClaims.claim(() -> run(c -> {
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO national_intake (national_code, state, source, claimed_at)
                        VALUES (?, 'RECEIVING', ?, ?)""")) {
                    s.setString(1, nationalCode);
                    s.setString(2, source.name());
                    s.setTimestamp(3, Timestamp.from(now));
                    return s.executeUpdate();
                }
            }), () -> find(nationalCode), new Claimed(), new Receiving());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim national dossier code " + nationalCode, e);
        }
    }

    /** Completes a claimed code with our dossier's code, in the filing's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String nationalCode, String dossierCode) {
        Instant now = clock.instant();
        int updated;
        if (em != null) {
            updated = em.createNativeQuery("""
                    UPDATE national_intake SET state = 'RECEIVED', dossier_code = ?1, received_at = ?2
                     WHERE national_code = ?3 AND state = 'RECEIVING'""")
                    .setParameter(1, dossierCode).setParameter(2, Timestamp.from(now))
                    .setParameter(3, nationalCode).executeUpdate();
        } else {
            try {
                updated = run(c -> {
                    try (PreparedStatement s = c.prepareStatement("""
                            UPDATE national_intake SET state = 'RECEIVED', dossier_code = ?, received_at = ?
                             WHERE national_code = ? AND state = 'RECEIVING'""")) {
                        s.setString(1, dossierCode);
                        s.setTimestamp(2, Timestamp.from(now));
                        s.setString(3, nationalCode);
                        return s.executeUpdate();
                    }
                });
            } catch (SQLException e) {
                throw new IllegalStateException("cannot complete national dossier code " + nationalCode, e);
            }
        }
        if (updated != 1) {
            throw new IllegalStateException("national dossier code " + nationalCode + " was not claimed");
        }
    }

    /** Gives a claim back (the filing failed), in a transaction of its own. */
    public void release(String nationalCode) {
        try {
            run(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM national_intake WHERE national_code = ? AND state = 'RECEIVING'")) {
                    s.setString(1, nationalCode);
                    return s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release national dossier code " + nationalCode, e);
        }
    }

    /** Our dossier received under a national code, if any. */
    public Optional<String> dossierOf(String nationalCode) {
        try {
            return find(nationalCode).filter(Received.class::isInstance).map(c -> ((Received) c).dossierCode());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read national dossier code " + nationalCode, e);
        }
    }

    private Optional<Claim> find(String nationalCode) throws SQLException {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT state, dossier_code FROM national_intake WHERE national_code = ?")) {
                s.setString(1, nationalCode);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of("RECEIVED".equals(r.getString(1)) ? new Received(r.getString(2))
                            : new Receiving());
                }
            }
        });
    }

    private <T> T run(ConnectionWork<T> work) throws SQLException {
        return (statements != null ? statements : ownTransactions).commit(dataSource, work);
    }
}
