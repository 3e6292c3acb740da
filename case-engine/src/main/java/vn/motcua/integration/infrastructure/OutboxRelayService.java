package vn.motcua.integration.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.motcua.integration.outbox.OutboxHandler;
import vn.motcua.integration.outbox.OutboxRelay;
import vn.motcua.integration.outbox.OutboxStore;
import vn.motcua.integration.outbox.RelaySettings;
import vn.motcua.integration.outbox.RelayWorker;

/**
 * Runs this node's relay workers on threads of the container's managed thread factory (as the process engine's
 * job threads do), so each has the application's context and its JDBC calls go through the container's pool. Every
 * node runs its own workers; they share the outbox table safely. Started after the schema is migrated, stopped when
 * the application stops.
 */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class.getName());
    private static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";
    private static final long STOP_WAIT_MILLIS = 10_000;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    OutboxSettings settings;

    @Inject
    @Any
    Instance<OutboxHandler> handlers;

    private final List<RelayWorker> workers = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    public synchronized void start() {
        if (!threads.isEmpty()) {
            return;
        }
        if (!settings.relayEnabled()) {
            LOG.info("Outbox relay is off on this node (motcua.outbox.relay=false)");
            return;
        }
        RelaySettings relaySettings = settings.relay();
        List<OutboxHandler> channelHandlers = handlers.stream().toList();
        ManagedThreadFactory factory = threadFactory();
        OutboxStore store = new OutboxStore(dataSource);
        for (int i = 1; i <= settings.workers(); i++) {
            String workerId = settings.nodeId() + "/outbox-" + i;
            RelayWorker worker = new RelayWorker(
                    new OutboxRelay(store, clock, channelHandlers, relaySettings, workerId, new Random()),
                    relaySettings);
            Thread thread = factory.newThread(worker);
            thread.setName("motcua-" + workerId.replace('/', '-'));
            workers.add(worker);
            threads.add(thread);
            thread.start();
        }
        LOG.info(() -> "Outbox relay started: " + threads.size() + " workers on node " + settings.nodeId()
                + ", channels " + channelHandlers.stream().map(h -> h.channel().name()).sorted().toList());
    }

    /** Wakes this node's workers (after a commit that enqueued). */
    public void nudge() {
        workers.forEach(RelayWorker::nudge);
    }

    @PreDestroy
    public synchronized void stop() {
        workers.forEach(RelayWorker::stop);
        for (Thread thread : threads) {
            try {
                thread.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.clear();
        threads.clear();
    }

    private static ManagedThreadFactory threadFactory() {
        try {
            return (ManagedThreadFactory) new InitialContext().lookup(THREAD_FACTORY);
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no managed thread factory at " + THREAD_FACTORY, e);
        }
    }
}
