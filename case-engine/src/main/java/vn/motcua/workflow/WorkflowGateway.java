package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
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
    ManagementService management;

    @Inject
    WorkflowSettings settings;

    /** Starts the routing model of a dossier and returns the process instance id. */
    public String startDossierProcess(String processKey, long dossierId, String dossierCode, String receivingUnitCode) {
        return startDossierProcess(processKey, dossierId, dossierCode, receivingUnitCode, List.of(receivingUnitCode));
    }

    /**
     * Starts the routing model of a dossier handled by a chain of units ({@code levels}, planned at filing; the
     * single-agency model ignores them) and returns the process instance id.
     */
    public String startDossierProcess(String processKey, long dossierId, String dossierCode, String receivingUnitCode,
                                      List<String> levels) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.LEVELS, new java.util.ArrayList<>(levels));
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

    /** A variable of a step, as its execution sees it (the step's own scope first, then the enclosing ones). */
    public Object stepVariable(String taskId, String name) {
        return tasks.getVariable(taskId, name);
    }

    /** Delivers a message a dossier's process waits for (supplement provided, payment received, withdrawal…). */
    public void deliver(String processInstanceId, String messageName, Map<String, Object> variables) {
        var execution = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(messageName).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("process " + processInstanceId
                        + " does not wait for message " + messageName));
        runtime.messageEventReceived(messageName, execution.getId(), variables);
    }

    /**
     * Runs, on the calling thread, the async steps of a dossier's process that are waiting for the job executor (each in its
     * own transaction), until none is left. For start-up work done before the executor starts (the demo loader).
     *
     * @return how many jobs ran
     */
    public int runWaitingAsyncSteps(String dossierCode) {
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierCode)
                .singleResult().getId();
        int ran = 0;
        for (int round = 0; round < 20; round++) {
            List<Job> waiting = management.createJobQuery().processInstanceId(processInstanceId).list();
            if (waiting.isEmpty()) {
                return ran;
            }
            for (Job job : waiting) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("process " + processInstanceId + " keeps producing async jobs");
    }
}
