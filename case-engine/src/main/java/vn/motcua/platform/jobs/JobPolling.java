package vn.motcua.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.motcua.workflow.engine.WorkflowSettings;

/**
 * The container side of the scheduler: at start-up it registers every {@link RecurringJob} bean and polls for due jobs
 * on one thread of the container's managed scheduled executor, every {@code motcua.jobs.poll-seconds}; it stops
 * polling when the application stops. The node's name is the workflow engine's job lock owner
 * ({@code MOTCUA_NODE_ID}, or the host name).
 */
@ApplicationScoped
public class JobPolling {

    private static final Logger LOG = Logger.getLogger(JobPolling.class.getName());
    private static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";

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

    /** Registers the jobs and starts polling; a bad job configuration stops start-up with the property's name. */
    public synchronized void start() {
        List<JobScheduler.ScheduledJob> jobs = beans.stream()
                .map(job -> new JobScheduler.ScheduledJob(job, configuration.settingsOf(job)))
                .toList();
        scheduler = new JobScheduler(new JobStore(dataSource, statements), clock, workflowSettings.lockOwner(), jobs, transactions,
                configuration.historySize());
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
        polling = lookupExecutor().scheduleWithFixedDelay(this::pollOnce, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "Recurring jobs " + scheduler.jobs().keySet() + " polled every " + seconds + " s on node "
                + scheduler.node());
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
    }

    private void pollOnce() {
        try {
            scheduler.poll();
        } catch (RuntimeException | SQLException e) {
            // the next poll tries again; an exception escaping here would end the periodic task for good
            LOG.log(Level.WARNING, "Polling for recurring jobs failed", e);
        }
    }

    private static ManagedScheduledExecutorService lookupExecutor() {
        try {
            return (ManagedScheduledExecutorService) new InitialContext().lookup(EXECUTOR);
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no managed scheduled executor at " + EXECUTOR, e);
        }
    }
}
