package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import vn.motcua.workflow.engine.WorkflowSettings;

/**
 * Builds the engine (and deploys the models) at start-up, and starts its job executor once the node is ready;
 * reports the deployed models, for the readiness check.
 */
@ApplicationScoped
public class WorkflowStartup {

    private static final Logger LOG = Logger.getLogger(WorkflowStartup.class.getName());

    @Inject
    ProcessEngine engine;

    @Inject
    WorkflowSettings settings;

    public void start() {
        engine.getName();
    }

    /**
     * Starts acquiring async jobs and timers on this node (unless switched off by configuration). Until then, due
     * timers and async steps wait in the database, so the demo loader can move the clock without racing them.
     */
    public void startJobExecutor() {
        AsyncExecutor executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
        if (settings.asyncExecutorEnabled() && !executor.isActive()) {
            executor.start();
            LOG.info("Workflow job executor started");
        } else if (!settings.asyncExecutorEnabled()) {
            LOG.info("Workflow job executor is off on this node (motcua.workflow.async-executor=false)");
        }
    }

    public long deployedModels() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    }
}
