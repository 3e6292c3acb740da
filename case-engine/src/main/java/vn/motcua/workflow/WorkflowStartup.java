package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.ProcessEngine;

/** Builds the engine (and deploys the models) at start-up; reports the deployed models, for the readiness check. */
@ApplicationScoped
public class WorkflowStartup {

    @Inject
    ProcessEngine engine;

    public void start() {
        engine.getName();
    }

    public long deployedModels() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    }
}
