package vn.motcua.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the recurring jobs from MicroProfile Config, checked at start-up with messages naming the property:
 * {@code motcua.jobs.poll-seconds} (how often a node looks for due jobs, default 5), {@code motcua.jobs.history-size}
 * (runs kept per job, default 50), {@code motcua.jobs.threads} (jobs run at once on a node, default 4),
 * {@code motcua.jobs.scheduler} ({@code false} keeps this node from running jobs,
 * e.g. a node reserved for requests), and per job {@code motcua.jobs.<name>.schedule}, {@code .enabled},
 * {@code .lock-duration} and {@code .retry-after} (ISO-8601 durations). Environment variables map as usual
 * ({@code MOTCUA_JOBS_WORKFLOW_RECONCILIATION_ENABLED}).
 */
@ApplicationScoped
public class JobConfiguration {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "motcua.jobs.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "motcua.jobs.history-size", defaultValue = "50")
    int historySize;

    @Inject
    @ConfigProperty(name = "motcua.jobs.scheduler", defaultValue = "true")
    boolean schedulerEnabled;

    @Inject
    @ConfigProperty(name = "motcua.jobs.threads", defaultValue = "4")
    int threads;

    public int pollSeconds() {
        return positive("motcua.jobs.poll-seconds", pollSeconds);
    }

    public int historySize() {
        return positive("motcua.jobs.history-size", historySize);
    }

    public boolean schedulerEnabled() {
        return schedulerEnabled;
    }

    /** How many jobs a node runs at once; a long run of one job does not hold up the others. */
    public int threads() {
        return positive("motcua.jobs.threads", threads);
    }

    /** The job's settings: its defaults overridden by configuration; a bad value fails with the property's name. */
    public JobSettings settingsOf(RecurringJob job) {
        String prefix = "motcua.jobs." + job.name() + ".";
        Schedule schedule;
        String expression = config.getOptionalValue(prefix + "schedule", String.class).orElse(job.defaultSchedule());
        try {
            schedule = Schedule.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(prefix + "schedule: " + e.getMessage(), e);
        }
        boolean enabled = config.getOptionalValue(prefix + "enabled", Boolean.class).orElse(true);
        Duration lock = duration(prefix + "lock-duration").orElse(job.lockDuration());
        Duration retry = duration(prefix + "retry-after").orElse(null);
        try {
            return new JobSettings(schedule, enabled, lock, retry);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("motcua.jobs." + job.name() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Duration> duration(String property) {
        return config.getOptionalValue(property, String.class).map(value -> {
            try {
                return Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(property + " must be an ISO-8601 duration such as PT10M, was '"
                        + value + "'");
            }
        });
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalStateException(name + " must be positive, was " + value);
        }
        return value;
    }
}
