package vn.motcua.platform.jobs;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One node's part in running the recurring jobs of the cluster. {@link #register} writes the jobs' rows at start-up;
 * {@link #poll} (called every few seconds) claims each due job this node knows and runs it, then records the outcome
 * and the next occurrence and releases the lock. The next occurrence counts from the scheduled one, not from the
 * end of the run; after a downtime that missed several occurrences the job runs once and then waits for the next
 * occurrence still in the future. Runs go to an {@link Executor}: in the container a small pool, so a long run of one
 * job (a nightly reconciliation) does not hold up another (a user's export); a job never runs twice at once on one
 * node. At start-up the node frees the locks its previous life left behind. Needs only a {@link JobStore}, the application clock and a way to run a job in a
 * transaction, so several schedulers (nodes) can share one database in a test.
 */
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    /** Runs one occurrence of a job, in a transaction of its own in the container. */
    @FunctionalInterface
    public interface JobExecutor {
        String execute(RecurringJob job, JobContext context) throws Exception;
    }

    /** A job with its effective settings on this node. */
    public record ScheduledJob(RecurringJob job, JobSettings settings) {

        public ScheduledJob {
            Objects.requireNonNull(job, "job is required");
            Objects.requireNonNull(settings, "settings are required");
        }
    }

    private final JobStore store;
    private final Clock clock;
    private final String node;
    private final Map<String, ScheduledJob> jobs;
    private final JobExecutor executor;
    private final int historySize;
    private final Executor runs;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** A scheduler that runs each claimed occurrence on the polling thread itself. */
    public JobScheduler(JobStore store, Clock clock, String node, List<ScheduledJob> jobs, JobExecutor executor,
                        int historySize) {
        this(store, clock, node, jobs, executor, historySize, Runnable::run);
    }

    public JobScheduler(JobStore store, Clock clock, String node, List<ScheduledJob> jobs, JobExecutor executor,
                        int historySize, Executor runs) {
        this.runs = Objects.requireNonNull(runs, "runs is required");
        this.store = Objects.requireNonNull(store, "store is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.node = Objects.requireNonNull(node, "node is required");
        this.executor = Objects.requireNonNull(executor, "executor is required");
        if (historySize < 1) {
            throw new IllegalArgumentException("history size must be at least 1, was " + historySize);
        }
        this.historySize = historySize;
        Map<String, ScheduledJob> byName = new LinkedHashMap<>();
        for (ScheduledJob job : jobs) {
            String name = job.job().name();
            if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*") || name.length() > 80) {
                throw new IllegalArgumentException("job name '" + name + "' of " + job.job().getClass().getName()
                        + " must be lower-case words joined by hyphens, at most 80 characters");
            }
            if (byName.putIfAbsent(name, job) != null) {
                throw new IllegalArgumentException("two recurring jobs are named '" + name + "'");
            }
        }
        this.jobs = Map.copyOf(byName);
    }

    public String node() {
        return node;
    }

    public Map<String, ScheduledJob> jobs() {
        return jobs;
    }

    /** Writes every job's row (missing rows, changed schedules, the enabled switch). Safe on several nodes at once. */
    public void register() throws SQLException {
        Instant now = clock.instant();
        int released = store.releaseLocksOf(node, now);
        if (released > 0) {
            LOG.warning(() -> "Node " + node + " stopped during " + released + " job run(s) in its previous life;"
                    + " their locks are freed and the runs recorded as abandoned");
        }
        for (ScheduledJob job : jobs.values()) {
            store.register(job.job().name(), job.settings().schedule(), job.settings().enabled(), now);
        }
    }

    /** Runs every due job that this node wins; returns how many it ran. */
    public int poll() throws SQLException {
        int ran = 0;
        for (String name : store.due(clock.instant())) {
            ScheduledJob job = jobs.get(name);
            if (job == null || !job.settings().enabled() || !running.add(name)) {
                continue; // unknown here, disabled, or its previous run on this node has not ended yet
            }
            boolean handedOver = false;
            try {
                Instant now = clock.instant();
                Optional<JobStore.Claim> claim = store.claim(name, node, now, now.plus(job.settings().lockDuration()));
                if (claim.isPresent()) {
                    runs.execute(() -> runAndRelease(job, claim.get()));
                    handedOver = true;
                    ran++;
                }
            } catch (RejectedExecutionException e) {
                // the node is stopping; the lock is freed when it starts again
                LOG.info(() -> "Job " + name + " not started on " + node + ": the node is stopping");
            } finally {
                if (!handedOver) {
                    running.remove(name);
                }
            }
        }
        return ran;
    }

    private void runAndRelease(ScheduledJob job, JobStore.Claim claim) {
        try {
            run(job, claim);
        } catch (SQLException | RuntimeException e) {
            // the run's own failure is recorded by run(); this is the job table failing: the lock expires on its own
            LOG.log(Level.WARNING, "Cannot record the run of job " + claim.jobName() + " on " + node, e);
        } finally {
            running.remove(claim.jobName());
        }
    }

    private void run(ScheduledJob job, JobStore.Claim claim) throws SQLException {
        Instant started = clock.instant();
        long runId = store.startRun(claim, started);
        JobContext context = new JobContext(claim.jobName(), claim.scheduledAt(), started, node);
        JobOutcome outcome;
        String message;
        try {
            message = executor.execute(job.job(), context);
            outcome = JobOutcome.SUCCEEDED;
            String summary = message == null ? "" : message;
            LOG.info(() -> "Job " + claim.jobName() + " (due " + claim.scheduledAt() + ") succeeded on " + node
                    + ": " + summary);
        } catch (Exception e) {
            message = describe(e);
            outcome = JobOutcome.FAILED;
            LOG.log(Level.WARNING, "Job " + claim.jobName() + " (due " + claim.scheduledAt() + ") failed on " + node, e);
        }
        Instant finished = clock.instant();
        Instant next = nextRun(job.settings(), claim.scheduledAt(), finished, outcome);
        if (!store.finish(claim, runId, outcome, message, finished, next)) {
            LOG.warning(() -> "Job " + claim.jobName() + " outlived its lock on " + node
                    + "; another node took the occurrence over");
        }
        store.trimHistory(claim.jobName(), historySize);
    }

    /**
     * The occurrence after {@code scheduledAt}; when that is already past (a long run or a downtime), the first one
     * after {@code now}. A failed run with a retry delay comes back after that delay if it is sooner.
     */
    static Instant nextRun(JobSettings settings, Instant scheduledAt, Instant now, JobOutcome outcome) {
        Instant next = settings.schedule().nextAfter(scheduledAt);
        if (!next.isAfter(now)) {
            next = settings.schedule().nextAfter(now);
        }
        if (outcome == JobOutcome.FAILED && settings.retryAfter() != null) {
            Instant retry = now.plus(settings.retryAfter());
            if (retry.isBefore(next)) {
                next = retry;
            }
        }
        return next;
    }

    /** The exception's type and the most specific message of its causes, for the admin page. */
    static String describe(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String type = failure.getClass().getSimpleName();
        return message == null ? type : type + ": " + message;
    }
}
