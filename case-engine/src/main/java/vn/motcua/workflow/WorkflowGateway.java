package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import vn.motcua.workflow.ProcessContract.Variables;
import vn.motcua.workflow.engine.WorkflowSettings;

/**
 * The application services' one door into the engine: start a dossier's process, claim and complete its steps.
 * Calls join the caller's JTA transaction.
 */
@ApplicationScoped
public class WorkflowGateway {

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    WorkflowSettings settings;

    /** Starts the routing model of a dossier and returns the process instance id. */
    public String startDossierProcess(String processKey, long dossierId, String dossierCode, String receivingUnitCode) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.DOSSIER_ID, dossierId);
        variables.put(Variables.DOSSIER_CODE, dossierCode);
        variables.put(Variables.RECEIVING_UNIT_CODE, receivingUnitCode);
        variables.put(Variables.INTAKE_REMINDER_DURATION, settings.intakeReminderAfter());
        return runtime.createProcessInstanceBuilder()
                .processDefinitionKey(processKey)
                .businessKey(dossierCode)
                .variables(variables)
                .start()
                .getId();
    }

    public void claim(String taskId, String username) {
        tasks.claim(taskId, username);
    }

    public void complete(String taskId, String username, Map<String, Object> variables) {
        tasks.complete(taskId, username, variables);
    }
}
