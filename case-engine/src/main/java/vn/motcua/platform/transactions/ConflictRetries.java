package vn.motcua.platform.transactions;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs an attempt again while it fails with an optimistic-lock conflict, up to a number of attempts, waiting a little
 * longer (with jitter) before each new one so that two racers do not collide again in step.
 */
public final class ConflictRetries {

    /** Exceptions (by class name, so that no engine is a compile-time dependency of this rule) that mean "lost a race". */
    private static final List<String> CONFLICTS = List.of(
            "org.flowable.common.engine.api.FlowableOptimisticLockingException",
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException");

    /** Pauses between attempts; a test passes one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private final int attempts;
    private final long firstBackoffMillis;
    private final Pause pause;

    public ConflictRetries(int attempts, long firstBackoffMillis, Pause pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed");
        }
        if (firstBackoffMillis < 0) {
            throw new IllegalArgumentException("the back-off cannot be negative");
        }
        this.attempts = attempts;
        this.firstBackoffMillis = firstBackoffMillis;
        this.pause = Objects.requireNonNull(pause);
    }

    /**
     * Runs the attempt; a conflict is followed by another attempt until the last, after which
     * {@link ConcurrentChangeException} is thrown. Any other exception is thrown unchanged at once.
     */
    public <T> T run(Callable<T> attempt) throws Exception {
        for (int made = 1; ; made++) {
            try {
                return attempt.call();
            } catch (Exception e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (made == attempts) {
                    throw new ConcurrentChangeException(made, e);
                }
                pause.sleep(backoff(made));
            }
        }
    }

    /** Whether the exception, or any exception it was caused by, reports a lost optimistic-lock race. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (CONFLICTS.contains(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private long backoff(int attemptsMade) {
        long base = firstBackoffMillis << Math.min(attemptsMade - 1, 10);
        return base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }
}
