package vn.motcua.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.test.Deployment;
import org.flowable.engine.test.FlowableTestHelper;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Engine tests of {@code singleAgencyBasic}: desk receives, specialist handles, leader approves, clerk issues,
 * result published (async), desk returns the result.
 */
@ExtendWith(InMemoryFlowableExtension.class)
class SingleAgencyBasicTest {

    private static final String MODEL = "processes/singleAgencyBasic.bpmn20.xml";
    private static final String PROCESS_KEY = "singleAgencyBasic";
    private static final String RECEIVING_UNIT = "000.30.01.H29";
    private static final String INTAKE_REMINDER_DURATION = "PT2H";
    private static final Instant SUBMITTED_AT = Instant.parse("2025-03-03T01:30:00Z");
    private static final Duration WORK_STEP = Duration.ofMinutes(10);
    private static final Duration JOB_PICKUP = Duration.ofMinutes(1);

    private RuntimeService runtimeService;
    private TaskService taskService;
    private HistoryService historyService;
    private ManagementService managementService;
    private FlowableTestHelper flowable;
    private StandInDelegates delegates;
    private Instant now;

    @BeforeEach
    void setUp(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
            ManagementService managementService, FlowableTestHelper flowable, StandInDelegates delegates) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.flowable = flowable;
        this.delegates = delegates;
        setClock(SUBMITTED_AT);
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("accepted dossier: desk -> specialist -> leader approves -> clerk issues -> result published -> desk returns result")
    void acceptedDossierIsHandledApprovedIssuedPublishedAndReturned() {
        String dossier = submitDossier(1001L);

        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "ACCEPT"));
        complete(openTask(dossier, "specialistHandles", "SPECIALIST"));
        complete(openTask(dossier, "leaderApproves", "LEADER"), Map.of("leaderDecision", "APPROVE"));
        complete(openTask(dossier, "clerkIssues", "CLERK"));
        runJob(publishResultJob(dossier).getId());
        complete(openTask(dossier, "deskReturnsResult", "DESK_OFFICER"));

        assertThat(endActivity(dossier)).isEqualTo("resultReturned");
        assertThat(takenFlows(dossier)).containsExactly(
                "toDeskReceives", "toIntakeDecision", "intakeAccepted", "toLeaderApproves", "toApprovalDecision",
                "resultApproved", "toPublishResult", "toDeskReturnsResult", "toResultReturned");
        assertThat(delegates.resultPublication().calledFor()).containsExactly(1001L);
        assertThat(delegates.intakeReminder().calledFor()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("refused at intake: the dossier ends at dossierRefused and nothing else is scheduled")
    void dossierRefusedAtIntakeEndsWithoutFurtherWork() {
        String dossier = submitDossier(1002L);

        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "REFUSE"));

        assertThat(endActivity(dossier)).isEqualTo("dossierRefused");
        assertThat(takenFlows(dossier)).containsExactly("toDeskReceives", "toIntakeDecision", "intakeRefused");
        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isZero();
        assertThat(delegates.resultPublication().calledFor()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("leader returns the dossier: the specialist handles it again, then the leader approves")
    void leaderReturnsDossierToSpecialistThenApproves() {
        String dossier = submitDossier(1003L);

        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "ACCEPT"));
        complete(openTask(dossier, "specialistHandles", "SPECIALIST"));
        complete(openTask(dossier, "leaderApproves", "LEADER"), Map.of("leaderDecision", "RETURN"));
        complete(openTask(dossier, "specialistHandles", "SPECIALIST"));
        complete(openTask(dossier, "leaderApproves", "LEADER"), Map.of("leaderDecision", "APPROVE"));

        openTask(dossier, "clerkIssues", "CLERK");
        assertThat(takenFlows(dossier)).containsExactly(
                "toDeskReceives", "toIntakeDecision", "intakeAccepted",
                "toLeaderApproves", "toApprovalDecision", "returnedToSpecialist",
                "toLeaderApproves", "toApprovalDecision", "resultApproved");
        assertThat(finishedActivities(dossier, "specialistHandles")).hasSize(2);
        assertThat(finishedActivities(dossier, "leaderApproves")).hasSize(2);
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("intake reminder fires once intakeReminderDuration has passed, not before, and the desk task stays open")
    void intakeReminderFiresAfterTheConfiguredDurationWhileTheDeskTaskStaysOpen() {
        String dossier = submitDossier(1004L);
        Task deskTask = openTask(dossier, "deskReceives", "DESK_OFFICER");
        Job reminder = managementService.createTimerJobQuery().processInstanceId(dossier).singleResult();
        Instant due = SUBMITTED_AT.plus(Duration.parse(INTAKE_REMINDER_DURATION));

        assertThat(reminder.getElementId()).isEqualTo("intakeReminderTimer");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(due));

        setClock(due.minusSeconds(1));
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().count()).isZero();

        setClock(due);
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().singleResult().getId())
                .isEqualTo(reminder.getId());
        managementService.executeJob(managementService.moveTimerToExecutableJob(reminder.getId()).getId());

        assertThat(delegates.intakeReminder().calledFor()).containsExactly(1004L);
        assertThat(openTask(dossier, "deskReceives", "DESK_OFFICER").getId()).isEqualTo(deskTask.getId());
        assertThat(takenFlows(dossier)).containsExactly("toDeskReceives", "toRemindDesk", "toIntakeReminderSent");
        assertThat(finishedActivities(dossier, "intakeReminderSent")).hasSize(1);
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isZero();

        complete(deskTask, Map.of("deskDecision", "ACCEPT"));
        openTask(dossier, "specialistHandles", "SPECIALIST");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("intake reminder is cancelled when the desk decides before intakeReminderDuration")
    void intakeReminderIsCancelledWhenTheDeskDecidesInTime() {
        String dossier = submitDossier(1005L);
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isOne();

        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "ACCEPT"));

        assertThat(timers(dossier)).doesNotContainKey("intakeReminderTimer");
        setClock(SUBMITTED_AT.plus(Duration.ofDays(1)));
        assertThat(managementService.createTimerJobQuery().executable().count()).isZero();
        assertThat(delegates.intakeReminder().calledFor()).isEmpty();
        assertThat(takenFlows(dossier)).doesNotContain("toRemindDesk", "toIntakeReminderSent");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("publishResult is asynchronous: the return task appears only after its job runs")
    void publishResultRunsAsAJobAfterTheClerkIssues() {
        String dossier = submitDossierUpToClerkIssues(1006L);

        complete(openTask(dossier, "clerkIssues", "CLERK"));

        Job publication = publishResultJob(dossier);
        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();
        assertThat(delegates.resultPublication().calledFor()).isEmpty();

        runJob(publication.getId());

        assertThat(delegates.resultPublication().calledFor()).containsExactly(1006L);
        openTask(dossier, "deskReturnsResult", "DESK_OFFICER");
        assertThat(managementService.createJobQuery().processInstanceId(dossier).count()).isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("failing publication: the job is kept with one retry less and no return task is created")
    void failingResultPublicationKeepsTheJobWithFewerRetries() {
        String dossier = submitDossierUpToClerkIssues(1007L);
        complete(openTask(dossier, "clerkIssues", "CLERK"));
        Job publication = publishResultJob(dossier);
        delegates.resultPublication().failWith("national portal unavailable");

        assertJobFails(publication.getId(), "national portal unavailable");

        Job retry = managementService.createTimerJobQuery().processInstanceId(dossier).singleResult();
        assertThat(managementService.createJobQuery().processInstanceId(dossier).count()).as("retry waits as a timer job").isZero();
        assertThat(retry.getId()).isEqualTo(publication.getId());
        assertThat(retry.getElementId()).isEqualTo("publishResult");
        assertThat(retry.getRetries()).isEqualTo(publication.getRetries() - 1);
        assertThat(retry.getExceptionMessage()).contains("national portal unavailable");
        assertThat(delegates.resultPublication().calledFor()).containsExactly(1007L);
        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();
        assertThat(takenFlows(dossier)).doesNotContain("toDeskReturnsResult");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("publication failing on every retry ends as a dead-letter job that an operator can retry")
    void publicationFailingOnEveryRetryEndsAsADeadLetterJob() {
        String dossier = submitDossierUpToClerkIssues(1008L);
        complete(openTask(dossier, "clerkIssues", "CLERK"));
        Job publication = publishResultJob(dossier);
        assertThat(publication.getRetries()).as("engine default number of attempts").isEqualTo(3);
        delegates.resultPublication().failWith("national portal unavailable");

        String executableJobId = publication.getId();
        for (int retriesLeft = publication.getRetries(); retriesLeft > 1; retriesLeft--) {
            assertJobFails(executableJobId, "national portal unavailable");
            Job retry = managementService.createTimerJobQuery().processInstanceId(dossier).singleResult();
            assertThat(retry.getRetries()).isEqualTo(retriesLeft - 1);
            executableJobId = managementService.moveTimerToExecutableJob(retry.getId()).getId();
        }
        assertJobFails(executableJobId, "national portal unavailable");

        Job deadLetter = managementService.createDeadLetterJobQuery().processInstanceId(dossier).singleResult();
        assertThat(deadLetter.getElementId()).isEqualTo("publishResult");
        assertThat(deadLetter.getRetries()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(dossier).count()).isZero();
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isZero();
        assertThat(delegates.resultPublication().calledFor()).hasSize(publication.getRetries());
        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();

        delegates.resultPublication().succeed();
        runJob(managementService.moveDeadLetterJobToExecutableJob(deadLetter.getId(), 1).getId());

        openTask(dossier, "deskReturnsResult", "DESK_OFFICER");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a decision outside the contract is rejected and the task stays open")
    void decisionOutsideTheContractIsRejectedAndTheTaskStaysOpen() {
        String dossier = submitDossier(1009L);
        Task deskTask = openTask(dossier, "deskReceives", "DESK_OFFICER");

        assertThatThrownBy(() -> taskService.complete(deskTask.getId(), Map.of("deskDecision", "accept")))
                .isInstanceOf(FlowableException.class)
                .hasMessageContaining("intakeDecision");

        assertThat(openTask(dossier, "deskReceives", "DESK_OFFICER").getId()).isEqualTo(deskTask.getId());
        assertThat(runtimeService.getVariables(dossier)).doesNotContainKey("deskDecision");
        assertThat(takenFlows(dossier)).containsExactly("toDeskReceives");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("every step with a due time warns its holder when due soon and escalates when overdue, the step staying open")
    void stepTimersWarnBeforeTheDueTimeAndEscalateAfterItWhileTheStepStaysOpen() {
        List<String> steps = List.of("specialistHandles", "leaderApproves", "clerkIssues", "deskReturnsResult");
        Instant base = now;
        for (int i = 0; i < steps.size(); i++) {
            delegates.stepDeadlines().set(steps.get(i), base.plus(Duration.ofHours(10L * i + 4)),
                    base.plus(Duration.ofHours(10L * i + 8)));
        }
        String dossier = submitDossier(1010L);
        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "ACCEPT"));

        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            Instant dueSoonAt = base.plus(Duration.ofHours(10L * i + 4));
            Instant dueAt = base.plus(Duration.ofHours(10L * i + 8));
            Task task = taskService.createTaskQuery().processInstanceId(dossier).singleResult();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
            assertThat(timers(dossier)).as("timers of " + step).containsOnly(
                    Map.entry(step + "DueSoonTimer", Date.from(dueSoonAt)), Map.entry(step + "OverdueTimer", Date.from(dueAt)));

            setClock(dueSoonAt.minusSeconds(1));
            assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().count()).isZero();
            fireTimer(dossier, step + "DueSoonTimer", dueSoonAt);
            assertThat(delegates.stepDeadlines().warned()).last().isEqualTo(step + ":1010");
            assertThat(delegates.stepDeadlines().escalated()).doesNotContain(step + ":1010");

            fireTimer(dossier, step + "OverdueTimer", dueAt);
            assertThat(delegates.stepDeadlines().escalated()).last().isEqualTo(step + ":1010");
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the step stays open").isOne();
            assertThat(timers(dossier)).isEmpty();

            setClock(now.plus(WORK_STEP));
            taskService.complete(task.getId(), step.equals("leaderApproves") ? Map.of("leaderDecision", "APPROVE") : Map.of());
            if (step.equals("clerkIssues")) {
                runJob(publishResultJob(dossier).getId());
            }
        }
        assertThat(endActivity(dossier)).isEqualTo("resultReturned");
        assertThat(delegates.stepDeadlines().warned()).containsExactly(
                steps.stream().map(step -> step + ":1010").toArray(String[]::new));
        assertThat(takenFlows(dossier)).contains("toSpecialistHandlesWarning", "specialistHandlesWarned",
                "toSpecialistHandlesEscalation", "specialistHandlesEscalated", "toDeskReturnsResultEscalation");
        assertThat(finishedActivities(dossier, "deadlineNoticeSent")).hasSize(2 * steps.size());
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("when the legal clock moves a step's due time, its timers move and fire at the new times")
    void rescheduledStepTimersFireAtTheirNewTimes() {
        String dossier = submitDossier(1012L);
        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "ACCEPT"));
        Instant dueSoonAt = now.plus(Duration.ofDays(3));
        Instant dueAt = now.plus(Duration.ofDays(4));

        reschedule(dossier, "specialistHandles", dueSoonAt, dueAt);

        assertThat(timers(dossier)).containsOnly(Map.entry("specialistHandlesDueSoonTimer", Date.from(dueSoonAt)),
                Map.entry("specialistHandlesOverdueTimer", Date.from(dueAt)));
        fireTimer(dossier, "specialistHandlesDueSoonTimer", dueSoonAt);
        fireTimer(dossier, "specialistHandlesOverdueTimer", dueAt);
        assertThat(delegates.stepDeadlines().warned()).containsExactly("specialistHandles:1012");
        assertThat(delegates.stepDeadlines().escalated()).containsExactly("specialistHandles:1012");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a step finished in time cancels its timers: nobody is warned")
    void aStepFinishedInTimeCancelsItsTimers() {
        String dossier = submitDossier(1011L);
        delegates.stepDeadlines().set("specialistHandles", SUBMITTED_AT.plus(Duration.ofHours(4)),
                SUBMITTED_AT.plus(Duration.ofHours(8)));
        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "ACCEPT"));
        assertThat(timers(dossier)).containsOnlyKeys("specialistHandlesDueSoonTimer", "specialistHandlesOverdueTimer");

        complete(openTask(dossier, "specialistHandles", "SPECIALIST"));

        assertThat(timers(dossier)).containsOnlyKeys("leaderApprovesDueSoonTimer", "leaderApprovesOverdueTimer");
        setClock(SUBMITTED_AT.plus(Duration.ofDays(2)));
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().count())
                .as("the leader's step has no due time: its timers never fire").isZero();
        assertThat(delegates.stepDeadlines().warned()).isEmpty();
        assertThat(delegates.stepDeadlines().escalated()).isEmpty();
    }

    /** The dossier's waiting timer jobs by element id, with their due dates. */
    private Map<String, Date> timers(String dossier) {
        return managementService.createTimerJobQuery().processInstanceId(dossier).list().stream()
                .collect(java.util.stream.Collectors.toMap(Job::getElementId, Job::getDuedate));
    }

    private void reschedule(String dossier, String step, Instant dueSoonAt, Instant dueAt) {
        for (Job job : managementService.createTimerJobQuery().processInstanceId(dossier).list()) {
            if (job.getElementId().equals(step + "DueSoonTimer")) {
                managementService.rescheduleTimeDateJob(job.getId(), dueSoonAt.toString());
            } else if (job.getElementId().equals(step + "OverdueTimer")) {
                managementService.rescheduleTimeDateJob(job.getId(), dueAt.toString());
            }
        }
    }

    /** Moves the clock to {@code at}, where exactly the timer {@code elementId} is due, and runs it. */
    private void fireTimer(String dossier, String elementId, Instant at) {
        setClock(at);
        Job timer = managementService.createTimerJobQuery().processInstanceId(dossier).executable().singleResult();
        assertThat(timer).as("executable timer at " + at).isNotNull();
        assertThat(timer.getElementId()).isEqualTo(elementId);
        managementService.executeJob(managementService.moveTimerToExecutableJob(timer.getId()).getId());
    }

    private String submitDossier(long dossierId) {
        return runtimeService.createProcessInstanceBuilder()
                .processDefinitionKey(PROCESS_KEY)
                .variables(Map.of(
                        "dossierId", dossierId,
                        "dossierCode", "H29.30-250303-" + dossierId,
                        "receivingUnitCode", RECEIVING_UNIT,
                        "intakeReminderDuration", INTAKE_REMINDER_DURATION))
                .start()
                .getId();
    }

    private String submitDossierUpToClerkIssues(long dossierId) {
        String dossier = submitDossier(dossierId);
        complete(openTask(dossier, "deskReceives", "DESK_OFFICER"), Map.of("deskDecision", "ACCEPT"));
        complete(openTask(dossier, "specialistHandles", "SPECIALIST"));
        complete(openTask(dossier, "leaderApproves", "LEADER"), Map.of("leaderDecision", "APPROVE"));
        return dossier;
    }

    /** Asserts that the dossier's only open task is {@code taskKey}, offered to the role's group of the receiving unit. */
    private Task openTask(String dossier, String taskKey, String role) {
        Task task = taskService.createTaskQuery().processInstanceId(dossier).singleResult();
        assertThat(task).as("open task of the dossier").isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("unit:" + RECEIVING_UNIT + ":role:" + role);
        return task;
    }

    private void complete(Task task) {
        complete(task, Map.of());
    }

    /** Completes the task after some working time, so that history records the steps in order. */
    private void complete(Task task, Map<String, Object> variables) {
        setClock(now.plus(WORK_STEP));
        taskService.complete(task.getId(), variables);
    }

    /** Runs the job a little later, as the async executor would, so that history records its steps after the previous ones. */
    private void runJob(String jobId) {
        setClock(now.plus(JOB_PICKUP));
        managementService.executeJob(jobId);
    }

    private void assertJobFails(String jobId, String causeMessage) {
        setClock(now.plus(JOB_PICKUP));
        assertThatThrownBy(() -> managementService.executeJob(jobId))
                .isInstanceOf(FlowableException.class)
                .hasRootCauseMessage(causeMessage);
    }

    private Job publishResultJob(String dossier) {
        Job job = managementService.createJobQuery().processInstanceId(dossier).singleResult();
        assertThat(job).as("async job of the dossier").isNotNull();
        assertThat(job.getElementId()).isEqualTo("publishResult");
        return job;
    }

    private void setClock(Instant instant) {
        now = instant;
        flowable.setCurrentTime(instant);
    }

    private String endActivity(String dossier) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(dossier)
                .finished()
                .singleResult();
        assertThat(instance).as("finished dossier").isNotNull();
        return instance.getEndActivityId();
    }

    /** Sequence flows the dossier took, in the order taken. */
    private List<String> takenFlows(String dossier) {
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(dossier)
                .activityType(SequenceFlowCoverage.SEQUENCE_FLOW_ACTIVITY_TYPE)
                .list()
                .stream()
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)
                        .thenComparing(HistoricActivityInstance::getTransactionOrder))
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private List<HistoricActivityInstance> finishedActivities(String dossier, String activityId) {
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(dossier)
                .activityId(activityId)
                .finished()
                .list();
    }
}
