package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.runtime.Execution;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import vn.motcua.workflow.ProcessContract.Variables;
import vn.motcua.workflow.engine.WorkflowSettings;

/**
 * The application services' one door into the engine: start a dossier's process, claim, release, assign, complete
 * and move back its steps.
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
    RepositoryService repository;

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

    /** Whether a dossier's process waits for a message now (e.g. {@code paymentReceived} at {@code awaitPayment}). */
    public boolean waitsFor(String processInstanceId, String messageName) {
        return runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(messageName).count() > 0;
    }

    /** The step goes back to the queue of its unit and role. */
    public void release(String taskId) {
        tasks.unclaim(taskId);
    }

    /** Gives the step to an official, whoever held it before. */
    public void assign(String taskId, String username) {
        tasks.setAssignee(taskId, username);
    }

    /**
     * Where an open step runs: its execution, and when the scope it runs in (the process, or the instance of an
     * embedded or multi-instance subprocess) started.
     */
    public record StepPosition(String taskId, String activityId, String executionId, String processInstanceId,
                               String processDefinitionId, Instant scopeStartedAt) {
    }

    public StepPosition positionOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new IllegalStateException("no open task " + taskId);
        }
        Execution execution = runtime.createExecutionQuery().executionId(task.getExecutionId()).singleResult();
        String scopeId = execution.getParentId() == null ? execution.getId() : execution.getParentId();
        ExecutionEntity scope = (ExecutionEntity) runtime.createExecutionQuery().executionId(scopeId).singleResult();
        return new StepPosition(taskId, task.getTaskDefinitionKey(), task.getExecutionId(),
                task.getProcessInstanceId(), task.getProcessDefinitionId(), scope.getStartTime().toInstant());
    }

    /** Whether two steps of a process model lie in the same container (the process, or one subprocess). */
    public boolean inSameContainer(String processDefinitionId, String activityId, String otherActivityId) {
        var model = repository.getBpmnModel(processDefinitionId);
        FlowElement one = model.getFlowElement(activityId);
        FlowElement other = model.getFlowElement(otherActivityId);
        if (one == null || other == null) {
            return false;
        }
        FlowElementsContainer container = one.getParentContainer();
        return container != null && container == other.getParentContainer();
    }

    /**
     * Moves the execution of an open step back to an earlier step of the same scope (works inside embedded and
     * multi-instance subprocesses, as it moves the step's own execution); the open step ends without completing.
     *
     * @return the ids of the tasks the move opened
     */
    public List<String> moveStep(String taskId, String targetActivityId) {
        StepPosition position = positionOf(taskId);
        Set<String> before = openTaskIds(position.processInstanceId());
        runtime.createChangeActivityStateBuilder()
                .moveExecutionToActivityId(position.executionId(), targetActivityId)
                .changeState();
        return tasks.createTaskQuery().processInstanceId(position.processInstanceId())
                .taskDefinitionKey(targetActivityId).list().stream()
                .map(Task::getId).filter(id -> !before.contains(id)).toList();
    }

    private Set<String> openTaskIds(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream().map(Task::getId)
                .collect(Collectors.toSet());
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
