package vn.motcua.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import vn.motcua.audit.domain.PersonalDataMask;
import vn.motcua.audit.infrastructure.JdbcAuditLog;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/** The audit trail as administrators read it: the latest entries page by page, or the entries about one object. */
@ApplicationScoped
public class AuditQueries {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcAuditLog log = new JdbcAuditLog(MAX_PAGE_SIZE);

    @Inject
    DataSource dataSource;

    /**
     * Up to {@code size} entries older than {@code beforeSequence} (null for the newest), newest first: pass the
     * smallest sequence number of a page to get the next one.
     */
    public List<AuditEntryView> latest(Actor actor, Long beforeSequence, int size) {
        requireAuditor(actor);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        try (Connection connection = dataSource.getConnection()) {
            return log.entriesBefore(connection, beforeSequence == null ? Long.MAX_VALUE : beforeSequence, size)
                    .stream().map(AuditEntryView::of).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    /** The entries about one object (e.g. {@code DOSSIER} and a dossier code), oldest first. */
    public List<AuditEntryView> about(Actor actor, String objectType, String objectCode) {
        requireAuditor(actor);
        try (Connection connection = dataSource.getConnection()) {
            return log.entriesAbout(connection, objectType, PersonalDataMask.mask(objectCode)).stream().map(AuditEntryView::of).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    /** Only administrators, and the system itself, read the audit trail. */
    static void requireAuditor(Actor actor) {
        if (!Actor.SYSTEM.equals(actor) && !actor.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only an administrator reads the audit trail");
        }
    }
}
