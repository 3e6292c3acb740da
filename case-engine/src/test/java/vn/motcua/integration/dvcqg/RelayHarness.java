package vn.motcua.integration.dvcqg;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import vn.motcua.integration.outbox.OutboxRelay;
import vn.motcua.integration.outbox.OutboxStatus;
import vn.motcua.integration.outbox.OutboxStore;
import vn.motcua.integration.outbox.RelaySettings;
import vn.motcua.integration.outbox.RelayWorker;
import vn.motcua.integration.outbox.RetryPolicy;

/** The real outbox relay (workers on threads) delivering DVCQG messages to a portal over HTTP, with fast backoff. */
final class RelayHarness implements AutoCloseable {

    static final String DSTCODE = "000.00.00.H29";

    private final OutboxStore store;
    private final List<RelayWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    RelayHarness(DataSource dataSource, String portalUrl, Duration requestTimeout, Duration lease, int workerCount,
                 String node, long seed) {
        store = new OutboxStore(dataSource);
        PortalClient client = new PortalClient(new PortalConnection(URI.create(portalUrl), DSTCODE,
                NationalPortalSettings.SANDBOX_USERNAME, NationalPortalSettings.SANDBOX_PASSWORD,
                Duration.ofSeconds(2), requestTimeout), new ExchangeLog(dataSource), Clock.systemUTC());
        RelaySettings settings = new RelaySettings(
                new RetryPolicy(30, Duration.ofMillis(20), 2.0, Duration.ofMillis(500), 0.2), lease, 20,
                Duration.ofMillis(20));
        for (int i = 1; i <= workerCount; i++) {
            RelayWorker worker = new RelayWorker(new OutboxRelay(store, Clock.systemUTC(),
                    List.of(new NationalPortalDelivery(client)), settings, node + "/outbox-" + i, new Random(seed + i)),
                    settings);
            workers.add(worker);
            Thread thread = new Thread(worker, node + "-relay-" + i);
            threads.add(thread);
            thread.start();
        }
    }

    void nudge() {
        workers.forEach(RelayWorker::nudge);
    }

    /** Waits until every message is delivered (none pending, none dead) or the time is up; true when drained. */
    boolean awaitDrained(long expected, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            var counts = store.countByStatus();
            if (counts.getOrDefault(OutboxStatus.DELIVERED, 0L) >= expected
                    && counts.getOrDefault(OutboxStatus.PENDING, 0L) == 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        workers.forEach(RelayWorker::stop);
        for (Thread thread : threads) {
            thread.join(10_000);
        }
    }
}
