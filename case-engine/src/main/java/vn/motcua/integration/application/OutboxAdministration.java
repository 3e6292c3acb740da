package vn.motcua.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.integration.outbox.OutboxEntry;
import vn.motcua.integration.outbox.OutboxFilter;
import vn.motcua.integration.outbox.OutboxStatus;
import vn.motcua.integration.outbox.OutboxStore;

/**
 * Administrators inspect the outbox, send a dead message again (DEAD → PENDING, due now, a fresh set of attempts)
 * or give a message up with a mandatory reason (→ DISCARDED), which releases the later messages of its stream.
 * Each change is one conditional update, safe against the relay working on the same table.
 */
@ApplicationScoped
public class OutboxAdministration {

    private static final Logger LOG = Logger.getLogger(OutboxAdministration.class.getName());
    static final int PAGE = 200;

    private OutboxStore store;
    private Clock clock;

    protected OutboxAdministration() {
    }

    @Inject
    public OutboxAdministration(DataSource dataSource, Clock clock) {
        this.store = new OutboxStore(dataSource);
        this.clock = clock;
    }

    public List<OutboxEntry> list(Actor admin, OutboxFilter filter) {
        admin.requireAdmin("manage the outbox");
        return store.list(filter, PAGE);
    }

    public Map<OutboxStatus, Long> counts(Actor admin) {
        admin.requireAdmin("manage the outbox");
        return store.countByStatus();
    }

    public OutboxEntry message(Actor admin, long id) {
        admin.requireAdmin("manage the outbox");
        return store.find(id).orElseThrow(() -> new NotFoundException("outbox message " + id + " not found"));
    }

    public void retry(Actor admin, long id) {
        admin.requireAdmin("manage the outbox");
        if (!store.retry(id, clock.instant())) {
            throw new IllegalStateException("outbox message " + id + " is not dead (any more)");
        }
        LOG.info(() -> "Outbox message " + id + " sent again by " + admin.username());
    }

    public void discard(Actor admin, long id, String reason) {
        admin.requireAdmin("manage the outbox");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        if (!store.discard(id, admin.username(), reason.strip(), clock.instant())) {
            throw new IllegalStateException("outbox message " + id + " is delivered, discarded or being delivered");
        }
        LOG.info(() -> "Outbox message " + id + " discarded by " + admin.username());
    }

}
