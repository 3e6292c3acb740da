package vn.motcua.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.logging.Logger;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import vn.motcua.audit.domain.ActorKind;
import vn.motcua.audit.domain.AuditEntry;
import vn.motcua.audit.domain.AuditFacts;
import vn.motcua.audit.infrastructure.JdbcAuditLog;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.identity.Actor;

/**
 * Appends to the audit trail inside the caller's transaction: the entry commits or rolls back with the use case it
 * describes (there must be one: {@link Transactional.TxType#MANDATORY}). Records every {@link DossierChanged} on its
 * own. The chain head stays locked until the use case commits, which serialises appenders across nodes.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String DOSSIER = "DOSSIER";

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    private final JdbcAuditLog log = new JdbcAuditLog(500);

    @Inject
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /**
     * Records what the actor did.
     *
     * @throws IllegalArgumentException when the change lacks a required value, above all a reason where one is
     *                                  mandatory; nothing is stored then
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(Actor actor, AuditedChange change) {
        return append(actor, change, clock.instant());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDossierChanged(@Observes DossierChanged event) {
        String before = event.from() == null ? null : "status " + event.from().name();
        String after = "status " + event.to().name() + "; procedure " + event.procedureCode() + "; unit "
                + event.unitCode();
        append(event.actor(), new AuditedChange(event.action(), DOSSIER, event.dossierCode(), event.unitCode(),
                before, after, event.reason()), event.at());
    }

    private AuditEntry append(Actor actor, AuditedChange change, Instant at) {
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(change, "change is required");
        AuditFacts facts = AuditFacts.of(at, actor.username(), ActorKind.of(actor),
                unitOf(actor, change.unitCode()), clientAddress(), change.action(), change.objectType(),
                change.objectCode(), change.beforeSummary(), change.afterSummary(), change.reason());
        try {
            // The persistence context's connection: the one the container enlists in the use case's transaction on
            // every thread, also on the job executor's, where a connection taken straight from the data source was
            // seen in auto-commit mode (JdbcAuditLog refuses to append on such a connection).
            AuditEntry entry = em.unwrap(Session.class).doReturningWork(connection -> log.append(connection, facts));
            LOG.fine(() -> "Audit entry " + entry.sequence() + ": " + facts.action() + " on " + facts.objectType()
                    + " " + facts.objectCode());
            return entry;
        } catch (JDBCException e) {
            throw new IllegalStateException("cannot append to the audit trail: " + e.getSQLException().getMessage(), e);
        }
    }

    /** The unit the actor acted for: their grant in the object's unit, else the first unit they hold a role in. */
    static String unitOf(Actor actor, String objectUnit) {
        if (objectUnit != null && actor.grants().stream().anyMatch(g -> objectUnit.equals(g.unitCode()))) {
            return objectUnit;
        }
        return actor.grants().stream().map(Actor.Grant::unitCode).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private String clientAddress() {
        try {
            String address = origin.getClientAddress();
            return address == null ? RequestOrigin.SYSTEM : address;
        } catch (ContextNotActiveException e) {
            return RequestOrigin.SYSTEM;
        }
    }
}
