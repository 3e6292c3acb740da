package vn.motcua.integration.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

/**
 * One relay worker's logic: find the due heads of the outbox's streams, claim each with a lease, hand it to its
 * channel's handler and record the outcome — delivered, retry later with backoff, or dead. Several workers, on one
 * node or many, share the table safely: a claim is a conditional update, so each message is held by one worker at a
 * time; the next message of a stream becomes due only after its predecessor is delivered or discarded, so a stream
 * is delivered in order. A worker that dies leaves a lease that runs out, and the message is claimed again —
 * delivery is at least once, and handlers pass the idempotency key on.
 *
 * <p>Time comes from the given clock only (lease ends, backoff), so tests move it instead of waiting.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final OutboxStore store;
    private final Clock clock;
    private final Map<OutboxChannel, OutboxHandler> handlers;
    private final RelaySettings settings;
    private final String workerId;
    private final RandomGenerator random;

    public OutboxRelay(OutboxStore store, Clock clock, List<? extends OutboxHandler> handlers, RelaySettings settings,
                       String workerId, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.settings = Objects.requireNonNull(settings, "settings are required");
        this.workerId = Objects.requireNonNull(workerId, "worker id is required");
        this.random = Objects.requireNonNull(random, "random generator is required");
        this.handlers = new EnumMap<>(OutboxChannel.class);
        for (OutboxHandler handler : handlers) {
            if (this.handlers.put(handler.channel(), handler) != null) {
                throw new IllegalArgumentException("two handlers for channel " + handler.channel());
            }
        }
    }

    public String workerId() {
        return workerId;
    }

    /** Delivers what is due now, up to one batch; returns how many messages this worker attempted. */
    public int pollOnce() {
        int attempted = 0;
        for (long id : store.dueHeads(clock.instant(), settings.batchSize())) {
            Instant now = clock.instant();
            Optional<OutboxMessage> claimed = store.claim(id, workerId, now, now.plus(settings.lease()));
            if (claimed.isPresent()) {
                deliver(claimed.get());
                attempted++;
            }
        }
        return attempted;
    }

    private void deliver(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.channel());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for channel " + message.channel() + " on this node");
            }
            handler.deliver(message);
        } catch (PermanentDeliveryFailure e) {
            failed(message, e, true);
            return;
        } catch (Exception e) {
            failed(message, e, false);
            return;
        }
        if (!store.markDelivered(message, workerId, clock.instant())) {
            LOG.warning(() -> describe(message) + " was delivered after its lease ran out; another worker holds it "
                    + "now and its consumer sees the idempotency key " + message.idempotencyKey() + " again");
        }
    }

    private void failed(OutboxMessage message, Exception error, boolean permanent) {
        Instant now = clock.instant();
        boolean dead = permanent || settings.retry().isExhausted(message.attempt());
        Instant next = dead ? now : now.plus(settings.retry().delayAfter(message.attempt(), random));
        String text = error.getClass().getName() + ": " + error.getMessage();
        boolean recorded = store.markFailed(message, workerId, dead ? OutboxStatus.DEAD : OutboxStatus.PENDING, next,
                text);
        if (!recorded) {
            LOG.warning(() -> describe(message) + " failed after its lease ran out; left to the worker holding it now");
        } else if (dead) {
            LOG.log(Level.WARNING, () -> describe(message) + " is DEAD after attempt " + message.attempt()
                    + " (" + error.getClass().getSimpleName() + "); it holds the later messages of its stream until an "
                    + "administrator retries or discards it");
        } else {
            LOG.info(() -> describe(message) + " attempt " + message.attempt() + " failed ("
                    + error.getClass().getSimpleName() + "); next attempt at " + next);
        }
    }

    private static String describe(OutboxMessage message) {
        return "Outbox message " + message.id() + " (" + message.channel() + " " + message.messageType() + " for "
                + message.aggregateType() + " " + message.aggregateId() + ")";
    }
}
