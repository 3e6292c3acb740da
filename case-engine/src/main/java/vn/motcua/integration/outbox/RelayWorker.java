package vn.motcua.integration.outbox;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loop of one relay thread: poll while there is work, then wait for the poll interval or a nudge (a commit that
 * enqueued something). A failure of the database is logged and the loop waits before polling again.
 */
public final class RelayWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class.getName());

    private final OutboxRelay relay;
    private final long pollMillis;
    private final Object signal = new Object();
    private boolean nudged;
    private volatile boolean running = true;

    public RelayWorker(OutboxRelay relay, RelaySettings settings) {
        this.relay = Objects.requireNonNull(relay, "relay is required");
        this.pollMillis = settings.pollInterval().toMillis();
    }

    @Override
    public void run() {
        LOG.info(() -> "Outbox relay worker " + relay.workerId() + " started");
        while (running) {
            try {
                if (relay.pollOnce() > 0) {
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox relay worker " + relay.workerId() + " could not poll", e);
            }
            if (!awaitWork()) {
                break;
            }
        }
        LOG.info(() -> "Outbox relay worker " + relay.workerId() + " stopped");
    }

    /** Wakes the worker to poll now. */
    public void nudge() {
        synchronized (signal) {
            nudged = true;
            signal.notifyAll();
        }
    }

    /** Ends the loop after the current message. */
    public void stop() {
        running = false;
        nudge();
    }

    private boolean awaitWork() {
        synchronized (signal) {
            try {
                if (!nudged && running) {
                    signal.wait(pollMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            nudged = false;
        }
        return running;
    }
}
