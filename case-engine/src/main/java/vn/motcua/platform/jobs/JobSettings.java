package vn.motcua.platform.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * A job as this node runs it: its effective schedule, whether this node may run it, how long a run may hold the lock,
 * and after how long a failed run is tried again ({@code null}: not before the next occurrence).
 */
public record JobSettings(Schedule schedule, boolean enabled, Duration lockDuration, Duration retryAfter) {

    public JobSettings {
        Objects.requireNonNull(schedule, "schedule is required");
        Objects.requireNonNull(lockDuration, "lock duration is required");
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lock duration must be positive");
        }
        if (retryAfter != null && (retryAfter.isNegative() || retryAfter.isZero())) {
            throw new IllegalArgumentException("retry-after must be positive");
        }
    }

    /** The defaults of a job: its own schedule and lock duration, enabled, no early retry. */
    public static JobSettings defaultsOf(RecurringJob job) {
        return new JobSettings(Schedule.parse(job.defaultSchedule()), true, job.lockDuration(), null);
    }
}
