package vn.motcua.platform.jobs;

import java.time.Instant;

/**
 * A job as the admin page shows it: its title, its stored state and whether a node is running it now.
 * {@code installed} is false for a row whose job is no longer deployed on this node.
 */
public record JobView(String name, JobTitle title, String schedule, boolean enabled, boolean paused, boolean running,
                      boolean installed, Instant nextRunAt, String lockOwner, Instant lastStartedAt,
                      Instant lastFinishedAt, JobOutcome lastOutcome, String lastMessage, long runCount) {
}
