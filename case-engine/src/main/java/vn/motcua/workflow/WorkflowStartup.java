package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.ProcessEngine;

/** Builds the engine (and deploys the models) at start-up; reports whether it runs, for the readiness check. */
@ApplicationScoped
public class WorkflowStartup {

    @Inject
    ProcessEngine engine;

    public void start() {
        engine.getName();
    }

    /** True when the engine answers a query against its tables. */
    public boolean isRunning() {
        engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessContract.Keys.SINGLE_AGENCY_BASIC).count();
        return true;
    }

    public long deployedModels() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    }
}
