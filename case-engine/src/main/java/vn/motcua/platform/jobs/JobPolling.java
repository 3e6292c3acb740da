package vn.motcua.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.motcua.workflow.engine.WorkflowSettings;

/**
 * The container side of the scheduler: at start-up it registers every {@link RecurringJob} bean and polls for due jobs
 * on one thread of the container's managed scheduled executor, every {@code motcua.jobs.poll-seconds}. The runs go to
 * {@code motcua.jobs.threads} threads of the container's managed thread factory (so they have the application's
 * context and transactions). When the application stops, polling stops and the runs under way get a short while
 * to end. The node's name is the workflow engine's job lock owner
 * ({@code MOTCUA_NODE_ID}, or the host name).
 */
@ApplicationScoped
public class JobPolling {

    private static final Logger LOG = Logger.getLogger(JobPolling.class.getName());
    private static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";
    private static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";
    private static final long STOP_WAIT_SECONDS = 20;

    @Inject
    Instance<RecurringJob> beans;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    WorkflowSettings workflowSettings;

    @Inject
    JobConfiguration configuration;

    @Inject
    JobTransactions transactions;

    @Inject
    JobStatements statements;

    private JobScheduler scheduler;
    private ScheduledFuture<?> polling;
    private ExecutorService runs;

    /** Registers the jobs and starts polling; a bad job configuration stops start-up with the property's name. */
    public synchronized void start() {
        List<JobScheduler.ScheduledJob> jobs = beans.stream()
                .map(job -> new JobScheduler.ScheduledJob(job, configuration.settingsOf(job)))
                .toList();
        String node = workflowSettings.lockOwner();
        runs = Executors.newFixedThreadPool(configuration.threads(), named(lookup(THREAD_FACTORY,
                ManagedThreadFactory.class), "motcua-" + node + "-job-"));
        scheduler = new JobScheduler(new JobStore(dataSource, statements), clock, node, jobs, transactions,
                configuration.historySize(), runs);
        try {
            scheduler.register();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot register the recurring jobs", e);
        }
        if (!configuration.schedulerEnabled()) {
            LOG.info(() -> "Recurring jobs registered " + scheduler.jobs().keySet()
                    + "; this node does not run them (motcua.jobs.scheduler=false)");
            return;
        }
        int seconds = configuration.pollSeconds();
        polling = lookup(EXECUTOR, ManagedScheduledExecutorService.class)
                .scheduleWithFixedDelay(this::pollOnce, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "Recurring jobs " + scheduler.jobs().keySet() + " polled every " + seconds + " s on node "
                + scheduler.node() + ", up to " + configuration.threads() + " at once");
    }

    /** The jobs deployed on this node with their effective settings (empty before start-up). */
    public synchronized List<JobScheduler.ScheduledJob> jobs() {
        return scheduler == null ? List.of() : List.copyOf(scheduler.jobs().values());
    }

    @PreDestroy
    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        if (runs != null) {
            runs.shutdown();
            try {
                if (!runs.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warning("Job runs still under way after " + STOP_WAIT_SECONDS + " s of stopping; their locks"
                            + " are freed when this node starts again");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runs = null;
        }
    }

    private void pollOnce() {
        try {
            scheduler.poll();
        } catch (RuntimeException | SQLException e) {
            // the next poll tries again; an exception escaping here would end the periodic task for good
            LOG.log(Level.WARNING, "Polling for recurring jobs failed", e);
        } catch (LinkageError | AssertionError e) {
            // the same, for errors that concern one poll and not the whole machine
            LOG.log(Level.SEVERE, "Polling for recurring jobs failed", e);
        }
    }

    private static ThreadFactory named(ManagedThreadFactory factory, String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = factory.newThread(task);
            thread.setName(prefix + count.incrementAndGet());
            return thread;
        };
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no " + type.getSimpleName() + " at " + name, e);
        }
    }
}
