package vn.motcua.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.motcua.workflow.WorkflowStartup;

/** Ready when the process engine answers and the routing models are deployed. */
@Readiness
@ApplicationScoped
public class WorkflowEngineReadiness implements HealthCheck {

    @Inject
    WorkflowStartup workflow;

    @Override
    public HealthCheckResponse call() {
        try {
            long models = workflow.deployedModels();
            return HealthCheckResponse.named("workflow-engine").status(models > 0)
                    .withData("models", models).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("workflow-engine").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
