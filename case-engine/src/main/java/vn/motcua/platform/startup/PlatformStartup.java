package vn.motcua.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.demo.DemoCatalogue;
import vn.motcua.demo.DemoDossiers;
import vn.motcua.integration.infrastructure.OutboxRelayService;
import vn.motcua.platform.database.SchemaMigrator;
import vn.motcua.platform.jobs.JobPolling;
import vn.motcua.workflow.WorkflowStartup;

/**
 * The start-up sequence of a node: migrate our schema (and load the demo reference data when enabled), build the
 * process engine eagerly so the first request does not pay for it, file the demo dossiers on the first demo start,
 * and only then start the background workers (the engine's job executor, the outbox relay, the recurring jobs'
 * polling), so none of them races the demo loader's moved clock. The persistence unit never generates or validates the schema at deploy time
 * (STACK.md #12), so migrating here is early enough.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demo;

    @Inject
    WorkflowStartup workflow;

    @Inject
    DemoDossiers demoDossiers;

    @Inject
    DemoCatalogue demoCatalogue;

    @Inject
    CatalogAdministration catalogue;

    @Inject
    OutboxRelayService outboxRelay;

    @Inject
    JobPolling jobs;

    /** Called once when the web module starts (its resources are bound then, not at CDI's own start-up). */
    public void start() {
        long started = System.nanoTime();
        SchemaMigrator.migrate(dataSource, demo);
        int reindexed = catalogue.reindex();
        if (reindexed > 0) {
            LOG.info(() -> "Search text computed for " + reindexed + " procedure(s) added by SQL");
        }
        workflow.start();
        if (demo) {
            demoCatalogue.load();
            demoDossiers.loadOnFirstStart();
        }
        workflow.startJobExecutor();
        outboxRelay.start();
        jobs.start();
        LOG.info(() -> String.format("MotCua ready in %d ms (demo data %s)",
                (System.nanoTime() - started) / 1_000_000, demo ? "on" : "off"));
    }

    /** Called when the web module stops: this node stops claiming recurring jobs. */
    public void stop() {
        jobs.stop();
    }
}
