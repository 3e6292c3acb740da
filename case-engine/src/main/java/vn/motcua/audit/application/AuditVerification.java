package vn.motcua.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.motcua.audit.domain.ChainVerification;
import vn.motcua.audit.domain.PersonalDataMask;
import vn.motcua.audit.infrastructure.JdbcAuditLog;
import vn.motcua.identity.Actor;

/**
 * Verifies the whole audit chain for an administrator (or the system itself): walks it in sequence order, a batch
 * at a time, and reports either the number of intact entries or the first broken link. A broken chain is logged as
 * a warning.
 */
@ApplicationScoped
public class AuditVerification {

    private static final Logger LOG = Logger.getLogger(AuditVerification.class.getName());

    private final JdbcAuditLog log = new JdbcAuditLog(500);

    @Inject
    DataSource dataSource;

    public ChainVerification verify(Actor actor) {
        AuditQueries.requireAuditor(actor);
        ChainVerification result;
        try (Connection connection = dataSource.getConnection()) {
            result = log.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
        if (result.ok()) {
            LOG.info(() -> "Audit chain verified by " + PersonalDataMask.mask(actor.username()) + ": "
                    + result.entries() + " entries intact");
        } else {
            LOG.warning(() -> "Audit chain broken at entry " + result.firstBrokenSequence() + " (" + result.problem()
                    + "): " + result.detail());
        }
        return result;
    }
}
