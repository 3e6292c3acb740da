package vn.motcua.integration.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How a relay worker works.
 *
 * @param lease        how long a claim holds a message; longer than any delivery takes, since a message whose lease
 *                     ran out is claimed again (by another node, after a crash)
 * @param batchSize    how many messages a worker looks at per poll
 * @param pollInterval how long an idle worker waits before it polls again (a commit that enqueued wakes it earlier)
 */
public record RelaySettings(RetryPolicy retry, Duration lease, int batchSize, Duration pollInterval) {

    public RelaySettings {
        Objects.requireNonNull(retry, "retry policy is required");
        Objects.requireNonNull(lease, "lease is required");
        Objects.requireNonNull(pollInterval, "poll interval is required");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("motcua.outbox.lease must be positive, was " + lease);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("motcua.outbox.batch-size must be at least 1, was " + batchSize);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("motcua.outbox.poll-interval must be positive, was " + pollInterval);
        }
    }
}
