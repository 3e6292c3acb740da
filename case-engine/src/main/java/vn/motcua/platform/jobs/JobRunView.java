package vn.motcua.platform.jobs;

import java.time.Instant;

/** One run of a job: where and when it ran, and how it ended ({@code outcome} is null while it runs). */
public record JobRunView(long id, String jobName, String node, Instant scheduledAt, Instant startedAt,
                         Instant finishedAt, JobOutcome outcome, String message) {
}
