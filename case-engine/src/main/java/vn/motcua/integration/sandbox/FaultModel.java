package vn.motcua.integration.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The fake portal's faults, drawn from a random generator seeded with {@code seed} (same seed, same sequence of
 * decisions for the same sequence of requests).
 *
 * @param failureRate   share of service posts that fail
 * @param acceptedShare share of those failures that happen after the portal has recorded the message: it answers
 *                      only after {@code acceptedDelay}, longer than the client waits, so the client sees a time-out
 *                      (the others answer 503 at once, nothing recorded)
 * @param slowRate      share of posts answered after {@code slowDelay} (within the client's patience)
 * @param duplicateRate share of accepted posts the portal records twice, as a replaying proxy would
 * @param sessionUses   how many service posts a session allows before it expires (0 = never)
 */
public record FaultModel(long seed, double failureRate, double acceptedShare, Duration acceptedDelay,
                         double slowRate, Duration slowDelay, double duplicateRate, int sessionUses) {

    /** No faults, sessions that never expire. */
    public static final FaultModel NONE = new FaultModel(1, 0, 0, Duration.ZERO, 0, Duration.ZERO, 0, 0);

    public FaultModel {
        requireShare(failureRate, "failure rate");
        requireShare(acceptedShare, "accepted share");
        requireShare(slowRate, "slow rate");
        requireShare(duplicateRate, "duplicate rate");
        Objects.requireNonNull(acceptedDelay, "accepted delay is required");
        Objects.requireNonNull(slowDelay, "slow delay is required");
        if (sessionUses < 0) {
            throw new IllegalArgumentException("session uses cannot be negative");
        }
    }

    private static void requireShare(double value, String name) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
