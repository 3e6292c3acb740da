package vn.motcua.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.motcua.integration.infrastructure.OutboxRelayService;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxStore;

/**
 * Puts a message into the outbox as part of the caller's transaction: it exists only if the use case commits.
 * Calling it outside a transaction is an error. After a commit that enqueued, this node's relay is woken at once.
 */
@ApplicationScoped
public class Outbox {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final Object NUDGE_REGISTERED = Outbox.class.getName() + ".nudge";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    OutboxRelayService relay;

    private volatile TransactionSynchronizationRegistry registry;

    /** Enqueues the message in the current transaction; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(NewMessage message) {
        long id = new OutboxStore(dataSource).insert(message, clock.instant());
        nudgeAfterCommit();
        return id;
    }

    /**
     * Enqueues the message unless one with the same idempotency key was enqueued before (for producers that may see
     * the same fact again, e.g. a recurring scan, or two producers of one fact such as a step's timer and the
     * deadline sweep); returns whether it was enqueued. When another transaction enqueues the same key at the same
     * moment, the database's unique key lets one of them in and this call answers false for the other, without
     * failing the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueueOnce(NewMessage message) {
        OutboxStore store = new OutboxStore(dataSource);
        if (store.contains(message.idempotencyKey())) {
            return false;
        }
        if (store.insertUnlessPresent(message, clock.instant()).isEmpty()) {
            return false;
        }
        nudgeAfterCommit();
        return true;
    }

    private void nudgeAfterCommit() {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions.getResource(NUDGE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }

    private TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry current = registry;
        if (current == null) {
            try {
                current = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            } catch (NamingException e) {
                throw new IllegalStateException("The container provides no transaction registry at " + REGISTRY, e);
            }
            registry = current;
        }
        return current;
    }
}
