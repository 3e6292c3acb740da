package vn.motcua.platform.jobs;

import java.time.Instant;

/**
 * The occurrence being run: the job's name, the instant it was due (its scheduled time, or the moment an
 * administrator asked to run it now), when this run started and on which node.
 */
public record JobContext(String jobName, Instant scheduledAt, Instant startedAt, String node) {
}
