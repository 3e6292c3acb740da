package vn.motcua.platform.jobs;

import java.time.Instant;

/**
 * A job's row as stored: schedule, switches, next occurrence, who holds its lock and until when, and how its last
 * run went. Instants are UTC; pages show them in Vietnam's time zone.
 */
public record JobState(String name, String schedule, boolean enabled, boolean paused, Instant nextRunAt,
                       String lockOwner, Instant lockedUntil, Instant lastStartedAt, Instant lastFinishedAt,
                       JobOutcome lastOutcome, String lastMessage, long runCount) {

    /** Whether a node holds the lock at {@code now}, i.e. the job is running there. */
    public boolean runningAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
