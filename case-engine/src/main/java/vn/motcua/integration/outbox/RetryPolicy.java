package vn.motcua.integration.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try a failed message again: exponential backoff {@code base × factor^(attempt−1)}, capped at {@code max},
 * spread by ± {@code jitter} (a fraction) so that many messages failing together do not retry together; a message
 * is dead after {@code maxAttempts} attempts.
 */
public record RetryPolicy(int maxAttempts, Duration base, double factor, Duration max, double jitter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("motcua.outbox.max-attempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(base, "backoff base is required");
        Objects.requireNonNull(max, "backoff maximum is required");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("motcua.outbox.backoff-base must be positive, was " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("motcua.outbox.backoff-max (" + max + ") is below the base (" + base + ")");
        }
        if (factor < 1.0) {
            throw new IllegalArgumentException("motcua.outbox.backoff-factor must be at least 1, was " + factor);
        }
        if (jitter < 0.0 || jitter >= 1.0) {
            throw new IllegalArgumentException("motcua.outbox.backoff-jitter must be in [0, 1), was " + jitter);
        }
    }

    /** Whether a message that failed its {@code attempt}-th attempt is dead. */
    public boolean isExhausted(int attempt) {
        return attempt >= maxAttempts;
    }

    /** How long to wait after the {@code attempt}-th failed attempt (1 = the first). */
    public Duration delayAfter(int attempt, RandomGenerator random) {
        double millis = base.toMillis() * Math.pow(factor, Math.max(0, attempt - 1));
        millis = Math.min(millis, max.toMillis());
        if (jitter > 0) {
            millis = millis * (1.0 + jitter * (2.0 * random.nextDouble() - 1.0));
        }
        return Duration.ofMillis(Math.max(1L, Math.round(millis)));
    }
}
