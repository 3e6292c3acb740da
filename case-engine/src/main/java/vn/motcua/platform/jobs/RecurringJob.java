package vn.motcua.platform.jobs;

import java.time.Duration;

/**
 * A job that runs on a schedule, once per occurrence in the whole cluster. Implement it as an
 * {@code @ApplicationScoped} bean and it is registered at start-up; nothing else is needed.
 *
 * <p>{@link #run} executes in a JTA transaction of its own on a container-managed thread: its writes commit when it
 * returns and roll back when it throws. Time comes from the injected application clock; {@link JobContext} tells
 * which occurrence is being run. A failing run is recorded as failed with its message and is not retried before
 * the next occurrence unless {@code motcua.jobs.<name>.retry-after} says so.
 *
 * <p>Configuration by name: {@code motcua.jobs.<name>.schedule} overrides {@link #defaultSchedule()};
 * {@code motcua.jobs.<name>.enabled=false} keeps every node from running it.
 */
public interface RecurringJob {

    /** Stable identifier, lower case words joined by hyphens (e.g. {@code workflow-reconciliation}); never change it. */
    String name();

    /** What the job is called on the admin page, in Vietnamese and English. */
    JobTitle title();

    /**
     * A cron expression of five fields (minute hour day-of-month month day-of-week) read in Asia/Ho_Chi_Minh, such as
     * {@code 30 2 * * *} for 02:30 every day, or an ISO-8601 duration for a fixed interval, such as {@code PT15M}.
     */
    String defaultSchedule();

    /**
     * How long a node holds the job's lock for one run; another node takes over an occurrence whose runner is still
     * holding it after this time (a dead node). Longer than the slowest expected run.
     */
    default Duration lockDuration() {
        return Duration.ofMinutes(10);
    }

    /** Does the work of one occurrence and returns a short summary for the admin page. */
    String run(JobContext context) throws Exception;
}
