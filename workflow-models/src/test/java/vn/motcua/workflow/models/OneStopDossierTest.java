package vn.motcua.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.test.Deployment;
import org.flowable.engine.test.FlowableTestHelper;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Engine tests of {@code oneStopDossier}: intake at the receiving desk, the fee, a chain of one to three levels (each:
 * unit head assigns, specialist appraises, consultations, supplement, unit head reviews, leader signs), the deciding
 * level's clerk, publication and return at the receiving desk; apology and extension; withdrawal.
 *
 * <p>Units are those of the demo province (sql/ demo data): Bình Dương before the 2025 reform, Hồ Chí Minh City after.
 */
@ExtendWith(InMemoryFlowableExtension.class)
class OneStopDossierTest {

    private static final String MODEL = "processes/oneStopDossier.bpmn20.xml";
    private static final String PROCESS_KEY = "oneStopDossier";

    /** Before 2025-07-01: phường Phú Cường, TP Thủ Dầu Một, Sở Tài nguyên và Môi trường tỉnh Bình Dương. */
    private static final String PHU_CUONG_WARD = "000.20.01.H12";
    private static final String THU_DAU_MOT_CITY = "000.00.20.H12";
    private static final String BINH_DUONG_ENVIRONMENT_DEPARTMENT = "000.00.10.H12";
    /** From 2025-07-01: phường Thủ Dầu Một and Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Tài chính of Hồ Chí Minh City. */
    private static final String THU_DAU_MOT_WARD = "000.30.01.H29";
    private static final String HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT = "000.00.06.H29";
    private static final String HCMC_CONSTRUCTION_DEPARTMENT = "000.00.07.H29";
    private static final String HCMC_FINANCE_DEPARTMENT = "000.00.04.H29";
    private static final Instant REFORM = Instant.parse("2025-06-30T17:00:00Z"); // 2025-07-01 00:00 in Asia/Ho_Chi_Minh

    private static final Instant BEFORE_REFORM = Instant.parse("2025-03-03T01:30:00Z");
    private static final Instant AFTER_REFORM = Instant.parse("2026-03-02T01:30:00Z");
    private static final String INTAKE_REMINDER_DURATION = "PT2H";
    private static final String SPECIALIST = "chuyenvien.lan";
    private static final Duration WORK_STEP = Duration.ofMinutes(10);
    private static final Duration JOB_PICKUP = Duration.ofMinutes(1);

    private static final List<String> LEVEL_STEPS = List.of(
            "unitHeadAssigns", "specialistHandles", "unitHeadReviews", "leaderApproves", "clerkIssues");

    private RuntimeService runtimeService;
    private TaskService taskService;
    private HistoryService historyService;
    private ManagementService managementService;
    private FlowableTestHelper flowable;
    private StandInDelegates delegates;
    private Instant now;
    /** Candidate groups of the tasks the test met, in the order it met them. */
    private final List<String> groupsMet = new ArrayList<>();

    @BeforeEach
    void setUp(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
            ManagementService managementService, FlowableTestHelper flowable, StandInDelegates delegates) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.flowable = flowable;
        this.delegates = delegates;
        setClock(AFTER_REFORM);
    }

    // ------------------------------------------------------------------ the chain of levels

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("single agency: a chain of one level, from the desk through the ward's own handlers back to the desk")
    void aSingleAgencyDossierIsAChainOfOneLevelFromTheDeskBackToTheDesk() {
        String dossier = submit(3001L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));

        accept(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "clerkIssues", THU_DAU_MOT_WARD, "CLERK"));
        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).as("publication runs first").isZero();
        runJob(publishResultJob(dossier).getId());
        complete(task(dossier, "deskReturnsResult", THU_DAU_MOT_WARD, "DESK_OFFICER"));

        assertThat(endActivity(dossier)).isEqualTo("resultReturned");
        assertThat(groupsMet).containsExactly(
                group(THU_DAU_MOT_WARD, "DESK_OFFICER"),
                group(THU_DAU_MOT_WARD, "UNIT_HEAD"), group(THU_DAU_MOT_WARD, "SPECIALIST"),
                group(THU_DAU_MOT_WARD, "UNIT_HEAD"), group(THU_DAU_MOT_WARD, "LEADER"),
                group(THU_DAU_MOT_WARD, "CLERK"),
                group(THU_DAU_MOT_WARD, "DESK_OFFICER"));
        assertThat(takenFlows(dossier)).containsExactly(
                "toDeskReceives", "toIntakeDecision", "intakeAccepted", "noPaymentRequired",
                "toLevel", "toUnitHeadAssigns", "toSpecialistHandles", "toAppraisalDecision", "resultProposed",
                "toReviewDecision", "reviewApproved", "toApprovalDecision", "approved", "resultDecided", "resultToIssue",
                "toLevelDecided", "toLevelDone", "toPublishResult", "toDeskReturnsResult", "toReturnedDocument",
                "resultHandedOver");
        assertThat(historicVariable(dossier, "resultKind")).isEqualTo("RESULT");
        assertThat(delegates.resultPublication().calledFor()).containsExactly(3001L);
        assertThat(delegates.routing().resolved()).containsOnly(THU_DAU_MOT_WARD + " -> " + THU_DAU_MOT_WARD);
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("three levels: commune, district, province department in order; the department's clerk issues; "
            + "the receiving commune's desk returns")
    void aThreeLevelDossierRunsCommuneDistrictDepartmentAndReturnsToTheReceivingDesk() {
        setClock(BEFORE_REFORM);
        String dossier = submit(3002L, PHU_CUONG_WARD,
                List.of(PHU_CUONG_WARD, THU_DAU_MOT_CITY, BINH_DUONG_ENVIRONMENT_DEPARTMENT));

        accept(dossier, PHU_CUONG_WARD);
        passLevel(dossier, PHU_CUONG_WARD);
        passLevel(dossier, THU_DAU_MOT_CITY);
        passLevel(dossier, BINH_DUONG_ENVIRONMENT_DEPARTMENT);
        complete(task(dossier, "clerkIssues", BINH_DUONG_ENVIRONMENT_DEPARTMENT, "CLERK"));
        runJob(publishResultJob(dossier).getId());
        complete(task(dossier, "deskReturnsResult", PHU_CUONG_WARD, "DESK_OFFICER"));

        assertThat(endActivity(dossier)).isEqualTo("resultReturned");
        assertThat(groupsMet).containsExactly(
                group(PHU_CUONG_WARD, "DESK_OFFICER"),
                group(PHU_CUONG_WARD, "UNIT_HEAD"), group(PHU_CUONG_WARD, "SPECIALIST"),
                group(PHU_CUONG_WARD, "UNIT_HEAD"), group(PHU_CUONG_WARD, "LEADER"),
                group(THU_DAU_MOT_CITY, "UNIT_HEAD"), group(THU_DAU_MOT_CITY, "SPECIALIST"),
                group(THU_DAU_MOT_CITY, "UNIT_HEAD"), group(THU_DAU_MOT_CITY, "LEADER"),
                group(BINH_DUONG_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"), group(BINH_DUONG_ENVIRONMENT_DEPARTMENT, "SPECIALIST"),
                group(BINH_DUONG_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"), group(BINH_DUONG_ENVIRONMENT_DEPARTMENT, "LEADER"),
                group(BINH_DUONG_ENVIRONMENT_DEPARTMENT, "CLERK"),
                group(PHU_CUONG_WARD, "DESK_OFFICER"));
        assertThat(historicLevelUnits(dossier)).containsExactly(PHU_CUONG_WARD, THU_DAU_MOT_CITY, BINH_DUONG_ENVIRONMENT_DEPARTMENT);
        List<String> flows = takenFlows(dossier);
        assertThat(flows).filteredOn(flow -> flow.equals("forwardedToNextLevel")).hasSize(2);
        assertThat(flows).filteredOn(flow -> flow.equals("resultDecided")).hasSize(1);
        assertThat(flows).containsSubsequence("forwardedToNextLevel", "forwardedToNextLevel", "resultDecided",
                "resultToIssue", "toLevelDecided", "toPublishResult", "toDeskReturnsResult", "resultHandedOver");
        assertThat(finishedActivities(dossier, "levelForwarded")).hasSize(2);
        assertThat(finishedActivities(dossier, "clerkIssues")).hasSize(1);
        assertThat(historicVariable(dossier, "resultKind")).isEqualTo("RESULT");
        assertThat(delegates.resultPublication().calledFor()).containsExactly(3002L);
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("after the 2025 reform the same model runs commune -> province department, with no district level")
    void theSameModelRunsCommuneToProvinceWithoutADistrictLevel() {
        String dossier = submit(3003L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));

        accept(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
        complete(task(dossier, "clerkIssues", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "CLERK"));
        runJob(publishResultJob(dossier).getId());
        complete(task(dossier, "deskReturnsResult", THU_DAU_MOT_WARD, "DESK_OFFICER"));

        assertThat(endActivity(dossier)).isEqualTo("resultReturned");
        assertThat(historicLevelUnits(dossier)).containsExactly(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
        assertThat(groupsMet).filteredOn(group -> group.endsWith(":role:LEADER")).containsExactly(
                group(THU_DAU_MOT_WARD, "LEADER"), group(HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "LEADER"));
        assertThat(takenFlows(dossier)).containsSubsequence("approved", "forwardedToNextLevel", "toUnitHeadAssigns",
                "approved", "resultDecided", "resultToIssue", "toLevelDecided", "toPublishResult");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("refusal after appraisal at the district: its clerk issues a reasoned letter, the department never sees "
            + "the dossier, the commune's desk returns the letter")
    void aRefusalAfterAppraisalAtTheDistrictEndsTheChainWithAReasonedLetter() {
        setClock(BEFORE_REFORM);
        String dossier = submit(3004L, PHU_CUONG_WARD,
                List.of(PHU_CUONG_WARD, THU_DAU_MOT_CITY, BINH_DUONG_ENVIRONMENT_DEPARTMENT));
        accept(dossier, PHU_CUONG_WARD);
        passLevel(dossier, PHU_CUONG_WARD);

        complete(task(dossier, "unitHeadAssigns", THU_DAU_MOT_CITY, "UNIT_HEAD"), Map.of("assignedSpecialist", SPECIALIST));
        complete(task(dossier, "specialistHandles", THU_DAU_MOT_CITY, "SPECIALIST"), Map.of("specialistDecision", "PROPOSE_REFUSAL"));
        complete(task(dossier, "unitHeadReviews", THU_DAU_MOT_CITY, "UNIT_HEAD"), Map.of("unitHeadDecision", "APPROVE"));
        complete(task(dossier, "leaderApproves", THU_DAU_MOT_CITY, "LEADER"), Map.of("leaderDecision", "APPROVE"));
        complete(task(dossier, "clerkIssues", THU_DAU_MOT_CITY, "CLERK"));
        runJob(publishResultJob(dossier).getId());
        complete(task(dossier, "deskReturnsResult", PHU_CUONG_WARD, "DESK_OFFICER"));

        assertThat(endActivity(dossier)).isEqualTo("refusalReturned");
        assertThat(historicVariable(dossier, "resultKind")).isEqualTo("REFUSAL_LETTER");
        assertThat(historicLevelUnits(dossier)).containsExactly(PHU_CUONG_WARD, THU_DAU_MOT_CITY);
        assertThat(groupsMet).noneMatch(group -> group.contains(BINH_DUONG_ENVIRONMENT_DEPARTMENT));
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(dossier)
                .taskCandidateGroup(group(BINH_DUONG_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD")).count()).isZero();
        assertThat(takenFlows(dossier)).containsSubsequence("forwardedToNextLevel", "refusalProposed", "reviewApproved",
                "approved", "refusalDecided", "refusalLetterToIssue", "toLevelDecided", "toPublishResult",
                "toDeskReturnsResult", "toReturnedDocument", "refusalLetterHandedOver")
                .doesNotContain("resultDecided", "resultHandedOver");
        assertThat(delegates.resultPublication().calledFor()).containsExactly(3004L);
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("the unit head and the leader return the draft to the same specialist, who reworks it")
    void theUnitHeadAndTheLeaderReturnTheDraftToTheSameSpecialist() {
        String dossier = submit(3005L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        accept(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", THU_DAU_MOT_WARD, "UNIT_HEAD"), Map.of("assignedSpecialist", SPECIALIST));

        complete(specialistTask(dossier, THU_DAU_MOT_WARD), Map.of("specialistDecision", "PROPOSE"));
        complete(task(dossier, "unitHeadReviews", THU_DAU_MOT_WARD, "UNIT_HEAD"), Map.of("unitHeadDecision", "RETURN"));
        complete(specialistTask(dossier, THU_DAU_MOT_WARD), Map.of("specialistDecision", "PROPOSE"));
        complete(task(dossier, "unitHeadReviews", THU_DAU_MOT_WARD, "UNIT_HEAD"), Map.of("unitHeadDecision", "APPROVE"));
        complete(task(dossier, "leaderApproves", THU_DAU_MOT_WARD, "LEADER"), Map.of("leaderDecision", "RETURN"));
        complete(specialistTask(dossier, THU_DAU_MOT_WARD), Map.of("specialistDecision", "PROPOSE"));
        complete(task(dossier, "unitHeadReviews", THU_DAU_MOT_WARD, "UNIT_HEAD"), Map.of("unitHeadDecision", "APPROVE"));
        complete(task(dossier, "leaderApproves", THU_DAU_MOT_WARD, "LEADER"), Map.of("leaderDecision", "APPROVE"));

        task(dossier, "clerkIssues", THU_DAU_MOT_WARD, "CLERK");
        assertThat(takenFlows(dossier)).containsSubsequence(
                "resultProposed", "toReviewDecision", "reviewReturnedToSpecialist",
                "resultProposed", "toReviewDecision", "reviewApproved", "toApprovalDecision", "returnedToSpecialist",
                "resultProposed", "toReviewDecision", "reviewApproved", "toApprovalDecision", "approved", "resultDecided");
        assertThat(finishedActivities(dossier, "specialistHandles")).hasSize(3)
                .allSatisfy(step -> assertThat(step.getAssignee()).isEqualTo(SPECIALIST));
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("each level acts on its own decisions: the department's leader who names none is refused, whatever the "
            + "ward's leader decided")
    void aLevelDoesNotActOnThePreviousLevelsDecisions() {
        String dossier = submit(3006L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        accept(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"));

        Task specialist = task(dossier, "specialistHandles", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "SPECIALIST");
        assertThat(specialist.getAssignee()).as("no specialist named: the unit's specialists may claim it").isNull();
        complete(specialist, Map.of("specialistDecision", "PROPOSE"));
        complete(task(dossier, "unitHeadReviews", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"),
                Map.of("unitHeadDecision", "APPROVE"));
        Task leader = task(dossier, "leaderApproves", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "LEADER");

        assertThatThrownBy(() -> taskService.complete(leader.getId()))
                .isInstanceOf(FlowableException.class)
                .hasMessageContaining("approvalDecision");
        assertThatThrownBy(() -> taskService.complete(leader.getId(), Map.of("leaderDecision", "FORWARD")))
                .isInstanceOf(FlowableException.class)
                .hasMessageContaining("approvalDecision");
        assertThat(task(dossier, "leaderApproves", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "LEADER").getId())
                .isEqualTo(leader.getId());
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a decision outside the contract is rejected at every decision point and the task stays open")
    void aDecisionOutsideTheContractIsRejectedAndTheTaskStaysOpen() {
        String dossier = submit(3007L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        Task desk = task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER");
        assertThatThrownBy(() -> taskService.complete(desk.getId(), Map.of("deskDecision", "accept")))
                .isInstanceOf(FlowableException.class).hasMessageContaining("intakeDecision");
        assertThatThrownBy(() -> taskService.complete(desk.getId(), Map.of("deskDecision", "ACCEPT")))
                .as("paymentRequired must be given on acceptance").isInstanceOf(FlowableException.class);
        accept(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", THU_DAU_MOT_WARD, "UNIT_HEAD"), Map.of("assignedSpecialist", SPECIALIST));
        Task specialist = specialistTask(dossier, THU_DAU_MOT_WARD);

        assertThatThrownBy(() -> taskService.complete(specialist.getId(), Map.of("specialistDecision", "FORWARD")))
                .isInstanceOf(FlowableException.class).hasMessageContaining("appraisalDecision");
        assertThatThrownBy(() -> taskService.complete(specialist.getId(), Map.of("specialistDecision", "CONSULT")))
                .as("consultedUnits must be given with CONSULT").isInstanceOf(FlowableException.class);

        assertThat(specialistTask(dossier, THU_DAU_MOT_WARD).getId()).isEqualTo(specialist.getId());
        assertThat(takenFlows(dossier)).doesNotContain("consultationRequested", "resultProposed");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a step that starts after a reorganisation goes to the unit that succeeded the planned one")
    void aStepThatStartsAfterAReorganisationGoesToTheSuccessorUnit() {
        delegates.routing().succeed(PHU_CUONG_WARD, REFORM, THU_DAU_MOT_WARD);
        delegates.routing().succeed(BINH_DUONG_ENVIRONMENT_DEPARTMENT, REFORM, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
        setClock(REFORM.minus(Duration.ofHours(8)));
        String dossier = submit(3008L, PHU_CUONG_WARD, List.of(PHU_CUONG_WARD, BINH_DUONG_ENVIRONMENT_DEPARTMENT));
        accept(dossier, PHU_CUONG_WARD);
        complete(task(dossier, "unitHeadAssigns", PHU_CUONG_WARD, "UNIT_HEAD"));

        assertThat(task(dossier, "specialistHandles", PHU_CUONG_WARD, "SPECIALIST").getCreateTime())
                .as("the specialist step opened before the reform stays with its unit").isBefore(Date.from(REFORM));
        setClock(REFORM.plus(Duration.ofHours(8)));
        complete(task(dossier, "specialistHandles", PHU_CUONG_WARD, "SPECIALIST"), Map.of("specialistDecision", "PROPOSE"));
        complete(task(dossier, "unitHeadReviews", THU_DAU_MOT_WARD, "UNIT_HEAD"), Map.of("unitHeadDecision", "APPROVE"));
        complete(task(dossier, "leaderApproves", THU_DAU_MOT_WARD, "LEADER"), Map.of("leaderDecision", "APPROVE"));
        passLevel(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
        complete(task(dossier, "clerkIssues", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "CLERK"));
        runJob(publishResultJob(dossier).getId());
        complete(task(dossier, "deskReturnsResult", THU_DAU_MOT_WARD, "DESK_OFFICER"));

        assertThat(endActivity(dossier)).isEqualTo("resultReturned");
        assertThat(historicLevelUnits(dossier)).as("the planned chain is unchanged")
                .containsExactly(PHU_CUONG_WARD, BINH_DUONG_ENVIRONMENT_DEPARTMENT);
        assertThat(delegates.routing().resolved()).contains(
                PHU_CUONG_WARD + " -> " + PHU_CUONG_WARD, PHU_CUONG_WARD + " -> " + THU_DAU_MOT_WARD,
                BINH_DUONG_ENVIRONMENT_DEPARTMENT + " -> " + HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
    }

    // ------------------------------------------------------------------ intake and supplementation

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("refused at intake: the dossier ends at dossierRefused and nothing else is scheduled")
    void aDossierRefusedAtTheDeskEndsThere() {
        String dossier = submit(3010L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));

        complete(task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER"), Map.of("deskDecision", "REFUSE"));

        assertThat(endActivity(dossier)).isEqualTo("dossierRefused");
        assertThat(takenFlows(dossier)).containsExactly("toDeskReceives", "toIntakeDecision", "intakeRefused");
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("incomplete at intake: the dossier waits for the applicant, then the desk checks it again and accepts it")
    void anIncompleteDossierWaitsForTheApplicantAndReturnsToTheDeskWhenSupplemented() {
        String dossier = submit(3011L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        Instant supplementDueAt = now.plus(Duration.ofDays(21));

        complete(task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER"),
                Map.of("deskDecision", "SUPPLEMENT", "supplementDueAt", Date.from(supplementDueAt)));

        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();
        assertThat(timers(dossier)).containsOnly(Map.entry("intakeSupplementDeadline", Date.from(supplementDueAt)));
        setClock(now.plus(Duration.ofDays(5)));
        deliver(dossier, "supplementProvided");

        assertThat(timers(dossier)).as("the supplement deadline is cancelled; the intake reminder waits again")
                .containsOnlyKeys("intakeReminderTimer");
        accept(dossier, THU_DAU_MOT_WARD);
        task(dossier, "unitHeadAssigns", THU_DAU_MOT_WARD, "UNIT_HEAD");
        assertThat(takenFlows(dossier)).containsExactly("toDeskReceives", "toIntakeDecision", "intakeSupplementRequested",
                "toIntakeSupplementProvided", "toIntakeSupplementDeadline", "intakeSupplemented",
                "toIntakeDecision", "intakeAccepted", "noPaymentRequired", "toLevel", "toUnitHeadAssigns");
        assertThat(finishedActivities(dossier, "deskReceives")).hasSize(2);
        assertThat(delegates.supplementExpiry().calledFor()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("an applicant who does not supplement by supplementDueAt has the dossier closed, not a second earlier")
    void anApplicantWhoDoesNotSupplementInTimeHasTheDossierClosed() {
        String dossier = submit(3012L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        Instant supplementDueAt = now.plus(Duration.ofDays(21));
        complete(task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER"),
                Map.of("deskDecision", "SUPPLEMENT", "supplementDueAt", Date.from(supplementDueAt)));

        setClock(supplementDueAt.minusSeconds(1));
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().count()).isZero();
        fireTimer(dossier, "intakeSupplementDeadline", supplementDueAt);

        assertThat(endActivity(dossier)).isEqualTo("dossierClosedWithoutSupplement");
        assertThat(delegates.supplementExpiry().calledFor()).containsExactly(3012L);
        assertThat(runtimeService.createExecutionQuery().processInstanceId(dossier).count()).isZero();
        assertThat(takenFlows(dossier)).containsSubsequence("intakeSupplementRequested", "intakeSupplementExpired",
                "toDossierClosedWithoutSupplement").doesNotContain("intakeSupplemented");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a supplement asked for during appraisal brings the dossier back to the same specialist")
    void aSupplementRequestedDuringAppraisalReturnsToTheSpecialist() {
        String dossier = submit(3013L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        complete(task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER"),
                Map.of("deskDecision", "SUPPLEMENT", "supplementDueAt", Date.from(now.plus(Duration.ofDays(15)))));
        deliver(dossier, "supplementProvided");
        accept(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"),
                Map.of("assignedSpecialist", SPECIALIST));
        Task specialist = specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
        assertThatThrownBy(() -> taskService.complete(specialist.getId(), Map.of("specialistDecision", "SUPPLEMENT")))
                .as("a supplement request during appraisal needs its own time limit, not the intake one")
                .isInstanceOf(FlowableException.class);
        Instant supplementDueAt = now.plus(Duration.ofDays(21));

        complete(specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT),
                Map.of("specialistDecision", "SUPPLEMENT", "supplementDueAt", Date.from(supplementDueAt)));

        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();
        assertThat(timers(dossier)).containsOnly(Map.entry("processingSupplementDeadline", Date.from(supplementDueAt)));
        setClock(now.plus(Duration.ofDays(3)));
        deliver(dossier, "supplementProvided");

        complete(specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT), Map.of("specialistDecision", "PROPOSE"));
        task(dossier, "unitHeadReviews", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD");
        assertThat(takenFlows(dossier)).containsSubsequence("processingSupplementRequested",
                "toProcessingSupplementProvided", "toProcessingSupplementDeadline", "processingSupplemented",
                "toAppraisalDecision", "resultProposed");
        assertThat(finishedActivities(dossier, "specialistHandles")).hasSize(3);
        assertThat(delegates.supplementExpiry().calledFor()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a supplement not provided in time during appraisal closes the dossier, whatever level it is at")
    void aSupplementNotProvidedDuringAppraisalClosesTheDossier() {
        String dossier = submit(3014L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        accept(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"),
                Map.of("assignedSpecialist", SPECIALIST));
        Instant supplementDueAt = now.plus(Duration.ofDays(21));
        complete(specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT),
                Map.of("specialistDecision", "SUPPLEMENT", "supplementDueAt", Date.from(supplementDueAt)));

        fireTimer(dossier, "processingSupplementDeadline", supplementDueAt);

        assertThat(endActivity(dossier)).isEqualTo("dossierClosedWithoutSupplement");
        assertThat(delegates.supplementExpiry().calledFor()).containsExactly(3014L);
        assertThat(delegates.supplementExpiry().calls()).extracting(RecordingDelegate.Call::activityId)
                .containsExactly("closeUnsupplementedDossier");
        assertThat(runtimeService.createExecutionQuery().processInstanceId(dossier).count()).isZero();
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isZero();
        assertThat(takenFlows(dossier)).containsSubsequence("processingSupplementRequested", "processingSupplementExpired",
                "processingSupplementNotProvided", "toDossierClosedWithoutSupplement").doesNotContain("toPublishResult");
        assertThat(finishedActivities(dossier, "supplementNotProvidedDuringProcessing")).hasSize(1);
    }

    // ------------------------------------------------------------------ fees

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a fee due on acceptance: the levels start only once the payment arrives")
    void theLevelsStartOnlyOnceTheFeeIsPaid() {
        String dossier = submit(3020L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        Instant paymentDueAt = now.plus(Duration.ofDays(5));

        complete(task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER"),
                Map.of("deskDecision", "ACCEPT", "paymentRequired", true, "paymentDueAt", Date.from(paymentDueAt)));

        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();
        assertThat(timers(dossier)).containsOnly(Map.entry("paymentDeadline", Date.from(paymentDueAt)));
        setClock(now.plus(Duration.ofHours(3)));
        deliver(dossier, "paymentReceived");

        task(dossier, "unitHeadAssigns", THU_DAU_MOT_WARD, "UNIT_HEAD");
        assertThat(timers(dossier)).doesNotContainKey("paymentDeadline");
        assertThat(takenFlows(dossier)).containsExactly("toDeskReceives", "toIntakeDecision", "intakeAccepted",
                "paymentRequested", "toPaymentReceived", "toPaymentDeadline", "paid", "toLevel", "toUnitHeadAssigns");
        assertThat(delegates.paymentExpiry().calledFor()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a fee not paid by paymentDueAt closes the dossier")
    void anUnpaidFeeClosesTheDossierAtThePaymentDeadline() {
        String dossier = submit(3021L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        Instant paymentDueAt = now.plus(Duration.ofDays(5));
        complete(task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER"),
                Map.of("deskDecision", "ACCEPT", "paymentRequired", true, "paymentDueAt", Date.from(paymentDueAt)));

        setClock(paymentDueAt.minusSeconds(1));
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().count()).isZero();
        fireTimer(dossier, "paymentDeadline", paymentDueAt);

        assertThat(endActivity(dossier)).isEqualTo("dossierClosedUnpaid");
        assertThat(delegates.paymentExpiry().calledFor()).containsExactly(3021L);
        assertThat(takenFlows(dossier)).containsSubsequence("paymentRequested", "paymentExpired", "toDossierClosedUnpaid")
                .doesNotContain("paid", "toUnitHeadAssigns");
    }

    // ------------------------------------------------------------------ consultations

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("parallel consultations: each consulted unit has its own task, reminder and due date; the specialist "
            + "resumes when all have answered")
    void parallelConsultationsEachHaveTheirOwnDueDateAndTheSpecialistResumesWhenAllHaveAnswered() {
        String dossier = submit(3030L, THU_DAU_MOT_WARD, List.of(HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        Instant constructionReminder = now.plus(Duration.ofDays(2));
        Instant constructionDue = now.plus(Duration.ofDays(3));
        Instant financeReminder = now.plus(Duration.ofDays(5));
        Instant financeDue = now.plus(Duration.ofDays(7));
        delegates.stepDeadlines().setConsultation(HCMC_CONSTRUCTION_DEPARTMENT, constructionReminder, constructionDue);
        delegates.stepDeadlines().setConsultation(HCMC_FINANCE_DEPARTMENT, financeReminder, financeDue);
        accept(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"),
                Map.of("assignedSpecialist", SPECIALIST));

        complete(specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT), Map.of("specialistDecision", "CONSULT",
                "consultedUnits", List.of(HCMC_CONSTRUCTION_DEPARTMENT, HCMC_FINANCE_DEPARTMENT)));

        Map<String, Task> consultations = consultationTasks(dossier);
        assertThat(consultations).containsOnlyKeys(group(HCMC_CONSTRUCTION_DEPARTMENT, "SPECIALIST"),
                group(HCMC_FINANCE_DEPARTMENT, "SPECIALIST"));
        assertThat(timerJobs(dossier)).extracting(job -> job.getElementId() + "@" + job.getDuedate().toInstant())
                .containsExactlyInAnyOrder(
                        "consultationReminderTimer@" + constructionReminder, "consultationDueTimer@" + constructionDue,
                        "consultationReminderTimer@" + financeReminder, "consultationDueTimer@" + financeDue);

        fireTimer(dossier, "consultationReminderTimer", constructionReminder);
        assertThat(delegates.consultationReminder().calls()).extracting(call -> call.variable("consultedUnitCode"))
                .containsExactly(HCMC_CONSTRUCTION_DEPARTMENT);
        assertThat(consultationTasks(dossier)).as("the reminded unit's task stays open").hasSize(2);
        complete(consultations.get(group(HCMC_CONSTRUCTION_DEPARTMENT, "SPECIALIST")));
        assertThat(taskService.createTaskQuery().processInstanceId(dossier).taskDefinitionKey("specialistHandles").count())
                .as("the specialist waits for every consulted unit").isZero();
        complete(consultations.get(group(HCMC_FINANCE_DEPARTMENT, "SPECIALIST")));

        Task specialist = specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
        assertThat(timers(dossier)).doesNotContainKeys("consultationReminderTimer", "consultationDueTimer");
        complete(specialist, Map.of("specialistDecision", "PROPOSE"));
        task(dossier, "unitHeadReviews", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD");
        List<String> flows = takenFlows(dossier);
        assertThat(flows).containsSubsequence("consultationRequested", "toConsultationAnswers", "toRemindConsultedUnit",
                "toConsultationReminderSent", "toConsultationAnswered", "toConsultationAnswered", "consultationsClosed",
                "toAppraisalDecision", "resultProposed");
        assertThat(flows).filteredOn(flow -> flow.equals("toConsultationAnswers")).hasSize(2);
        assertThat(delegates.consultationDefault().calledFor()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a consulted unit that stays silent gets the default outcome at its own due date; the other's answer counts")
    void aSilentConsultedUnitGetsTheDefaultOutcomeAtItsDueDate() {
        String dossier = submit(3031L, THU_DAU_MOT_WARD, List.of(HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        Instant constructionDue = now.plus(Duration.ofDays(3));
        Instant financeDue = now.plus(Duration.ofDays(7));
        delegates.stepDeadlines().setConsultation(HCMC_CONSTRUCTION_DEPARTMENT, constructionDue.minus(Duration.ofDays(1)),
                constructionDue);
        delegates.stepDeadlines().setConsultation(HCMC_FINANCE_DEPARTMENT, financeDue.minus(Duration.ofDays(1)), financeDue);
        accept(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"),
                Map.of("assignedSpecialist", SPECIALIST));
        complete(specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT), Map.of("specialistDecision", "CONSULT",
                "consultedUnits", List.of(HCMC_CONSTRUCTION_DEPARTMENT, HCMC_FINANCE_DEPARTMENT)));
        complete(consultationTasks(dossier).get(group(HCMC_FINANCE_DEPARTMENT, "SPECIALIST")));

        setClock(constructionDue.minusSeconds(1));
        List<Job> executable = managementService.createTimerJobQuery().processInstanceId(dossier).executable().list();
        assertThat(executable).extracting(Job::getElementId).containsExactly("consultationReminderTimer");
        managementService.executeJob(managementService.moveTimerToExecutableJob(executable.get(0).getId()).getId());
        assertThat(delegates.consultationDefault().calledFor()).as("not a second early").isEmpty();
        fireTimer(dossier, "consultationDueTimer", constructionDue);

        assertThat(delegates.consultationDefault().calls()).extracting(call -> call.variable("consultedUnitCode"))
                .containsExactly(HCMC_CONSTRUCTION_DEPARTMENT);
        assertThat(consultationTasks(dossier)).isEmpty();
        specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT);
        assertThat(timers(dossier)).doesNotContainKeys("consultationReminderTimer", "consultationDueTimer");
        assertThat(takenFlows(dossier)).containsSubsequence("consultationRequested", "toConsultationAnswered",
                "toRecordDefaultOutcome", "toConsultationDefaulted", "consultationsClosed");
        assertThat(finishedActivities(dossier, "consultationDefaulted")).hasSize(1);
        assertThat(finishedActivities(dossier, "consultationAnswered")).hasSize(1);
    }

    // ------------------------------------------------------------------ apology and extension, withdrawal

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a late level: its leader, warned and escalated if slow, signs the apology (form 04) while the step stays "
            + "open, and the clock is extended")
    void aLateLevelSendsAnApologySignedByItsLeaderAndTheClockIsExtended() {
        setClock(BEFORE_REFORM);
        String dossier = submit(3040L, PHU_CUONG_WARD,
                List.of(PHU_CUONG_WARD, THU_DAU_MOT_CITY, BINH_DUONG_ENVIRONMENT_DEPARTMENT));
        accept(dossier, PHU_CUONG_WARD);
        passLevel(dossier, PHU_CUONG_WARD);
        complete(task(dossier, "unitHeadAssigns", THU_DAU_MOT_CITY, "UNIT_HEAD"), Map.of("assignedSpecialist", SPECIALIST));
        Task specialist = specialistTask(dossier, THU_DAU_MOT_CITY);

        setClock(now.plus(Duration.ofDays(4)));
        Instant apologyDueSoonAt = now.plus(Duration.ofHours(4));
        Instant apologyDueAt = now.plus(Duration.ofHours(8));
        delegates.stepDeadlines().set("leaderSignsApology", apologyDueSoonAt, apologyDueAt);
        deliver(dossier, "extensionRequested");
        Task apology = task(dossier, "leaderSignsApology", THU_DAU_MOT_CITY, "LEADER");
        assertThat(specialistTask(dossier, THU_DAU_MOT_CITY).getId()).as("the step stays open").isEqualTo(specialist.getId());
        fireTimer(dossier, "leaderSignsApologyDueSoonTimer", apologyDueSoonAt);
        fireTimer(dossier, "leaderSignsApologyOverdueTimer", apologyDueAt);
        assertThat(delegates.stepDeadlines().warned()).containsExactly("leaderSignsApology:3040");
        assertThat(delegates.stepDeadlines().escalated()).containsExactly("leaderSignsApology:3040");
        complete(apology, Map.of("apologyDecision", "SIGN"));

        assertThat(delegates.legalClockExtension().calledFor()).containsExactly(3040L);
        assertThat(delegates.legalClockExtension().calls()).extracting(call -> call.variable("levelUnitCode"))
                .containsExactly(THU_DAU_MOT_CITY);
        complete(specialist, Map.of("specialistDecision", "PROPOSE"));
        complete(task(dossier, "unitHeadReviews", THU_DAU_MOT_CITY, "UNIT_HEAD"), Map.of("unitHeadDecision", "APPROVE"));
        complete(task(dossier, "leaderApproves", THU_DAU_MOT_CITY, "LEADER"), Map.of("leaderDecision", "APPROVE"));
        task(dossier, "unitHeadAssigns", BINH_DUONG_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD");
        assertThat(takenFlows(dossier)).containsSubsequence("toApology", "toLeaderSignsApology", "toLeaderSignsApologyWarning",
                "leaderSignsApologyWarned", "toLeaderSignsApologyEscalation", "leaderSignsApologyEscalated",
                "toSignatureDecision", "apologySigned", "toExtensionRecorded", "toExtensionDone", "forwardedToNextLevel");
        assertThat(finishedActivities(dossier, "extensionRecorded")).hasSize(1);
        assertThat(finishedActivities(dossier, "apologyDeadlineNoticeSent")).hasSize(2);
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a leader who declines to sign the apology leaves the due date as it was")
    void aLeaderWhoDeclinesTheApologyLeavesTheDueDateAsItWas() {
        String dossier = submit(3041L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        accept(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", THU_DAU_MOT_WARD, "UNIT_HEAD"), Map.of("assignedSpecialist", SPECIALIST));

        deliver(dossier, "extensionRequested");
        complete(task(dossier, "leaderSignsApology", THU_DAU_MOT_WARD, "LEADER"), Map.of("apologyDecision", "DECLINE"));

        assertThat(delegates.legalClockExtension().calledFor()).isEmpty();
        assertThat(finishedActivities(dossier, "extensionDeclined")).hasSize(1);
        specialistTask(dossier, THU_DAU_MOT_WARD);
        assertThat(takenFlows(dossier)).containsSubsequence("toApology", "toLeaderSignsApology", "toSignatureDecision", "apologyDeclined",
                "toExtensionDone")
                .doesNotContain("apologySigned");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("a level whose leader has not yet signed the requested apology forwards the dossier only once it is signed")
    void aLevelForwardsOnlyOnceItsLeaderHasDecidedOnTheRequestedApology() {
        String dossier = submit(3042L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        accept(dossier, THU_DAU_MOT_WARD);
        deliver(dossier, "extensionRequested");
        Task apology = task(dossier, "leaderSignsApology", THU_DAU_MOT_WARD, "LEADER");

        passLevel(dossier, THU_DAU_MOT_WARD);

        assertThat(taskService.createTaskQuery().processInstanceId(dossier).list()).extracting(Task::getTaskDefinitionKey)
                .as("the ward's leader still has the apology to decide on").containsExactly("leaderSignsApology");
        assertThat(finishedActivities(dossier, "levelForwarded")).hasSize(1);
        complete(apology, Map.of("apologyDecision", "SIGN"));

        task(dossier, "unitHeadAssigns", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD");
        assertThat(delegates.legalClockExtension().calls()).extracting(call -> call.variable("levelUnitCode"))
                .containsExactly(THU_DAU_MOT_WARD);
        assertThat(takenFlows(dossier)).containsSubsequence("forwardedToNextLevel", "apologySigned", "toExtensionRecorded",
                "toExtensionDone", "toLevelDone", "toLevel", "toUnitHeadAssigns");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("withdrawal during consultations at the second level: stop notice (form 05), every task and timer cancelled")
    void aWithdrawnDossierGetsAStopNotice() {
        String dossier = submit(3050L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        delegates.stepDeadlines().setConsultation(HCMC_CONSTRUCTION_DEPARTMENT, now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)));
        accept(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, THU_DAU_MOT_WARD);
        complete(task(dossier, "unitHeadAssigns", HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT, "UNIT_HEAD"),
                Map.of("assignedSpecialist", SPECIALIST));
        complete(specialistTask(dossier, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT),
                Map.of("specialistDecision", "CONSULT", "consultedUnits", List.of(HCMC_CONSTRUCTION_DEPARTMENT)));
        assertThat(consultationTasks(dossier)).hasSize(1);

        setClock(now.plus(Duration.ofDays(1)));
        deliver(dossier, "withdrawalRequested");

        assertThat(endActivity(dossier)).as("Flowable records the interrupting event subprocess as the end activity")
                .isEqualTo("withdrawal");
        assertThat(finishedActivities(dossier, "dossierWithdrawn")).hasSize(1);
        assertThat(delegates.stopNotice().calledFor()).containsExactly(3050L);
        assertThat(taskService.createTaskQuery().processInstanceId(dossier).count()).isZero();
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(dossier).count()).isZero();
        assertThat(takenFlows(dossier)).endsWith("toIssueStopNotice", "toDossierWithdrawn");
        assertThat(delegates.resultPublication().calledFor()).isEmpty();
    }

    // ------------------------------------------------------------------ reminders and step deadlines

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("intake reminder fires once intakeReminderDuration has passed and the desk task stays open")
    void theIntakeReminderFiresWhileTheDeskTaskStaysOpen() {
        String dossier = submit(3060L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD));
        Task desk = task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER");
        Instant due = now.plus(Duration.parse(INTAKE_REMINDER_DURATION));

        setClock(due.minusSeconds(1));
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().count()).isZero();
        fireTimer(dossier, "intakeReminderTimer", due);

        assertThat(delegates.intakeReminder().calledFor()).containsExactly(3060L);
        assertThat(task(dossier, "deskReceives", THU_DAU_MOT_WARD, "DESK_OFFICER").getId()).isEqualTo(desk.getId());
        assertThat(takenFlows(dossier)).containsExactly("toDeskReceives", "toRemindDesk", "toIntakeReminderSent");
    }

    @Test
    @Deployment(resources = MODEL)
    @DisplayName("every step of every level and the desk's return warn when due soon and escalate when overdue, the step "
            + "staying open")
    void everyStepWarnsWhenDueSoonAndEscalatesWhenOverdue() {
        List<String> steps = new ArrayList<>(LEVEL_STEPS);
        steps.add("deskReturnsResult");
        Instant base = now.plus(Duration.ofDays(1));
        for (int i = 0; i < steps.size(); i++) {
            delegates.stepDeadlines().set(steps.get(i), dueSoonAt(base, i), dueAt(base, i));
        }
        String dossier = submit(3070L, THU_DAU_MOT_WARD, List.of(THU_DAU_MOT_WARD, HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT));
        accept(dossier, THU_DAU_MOT_WARD);
        passLevel(dossier, THU_DAU_MOT_WARD);
        assertThat(delegates.stepDeadlines().warned()).as("the first level worked in time").isEmpty();

        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            String unit = step.equals("deskReturnsResult") ? THU_DAU_MOT_WARD : HCMC_AGRICULTURE_ENVIRONMENT_DEPARTMENT;
            Task task = task(dossier, step, unit, roleOf(step));
            assertThat(timers(dossier)).as("timers of " + step).containsOnly(
                    Map.entry(step + "DueSoonTimer", Date.from(dueSoonAt(base, i))),
                    Map.entry(step + "OverdueTimer", Date.from(dueAt(base, i))));

            setClock(dueSoonAt(base, i).minusSeconds(1));
            assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).executable().count()).isZero();
            fireTimer(dossier, step + "DueSoonTimer", dueSoonAt(base, i));
            assertThat(delegates.stepDeadlines().warned()).last().isEqualTo(step + ":3070");
            assertThat(delegates.stepDeadlines().escalated()).doesNotContain(step + ":3070");
            fireTimer(dossier, step + "OverdueTimer", dueAt(base, i));
            assertThat(delegates.stepDeadlines().escalated()).last().isEqualTo(step + ":3070");
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as(step + " stays open").isOne();
            assertThat(timers(dossier)).isEmpty();

            complete(task, decisionToFinish(step));
            if (step.equals("clerkIssues")) {
                runJob(publishResultJob(dossier).getId());
            }
        }

        assertThat(endActivity(dossier)).isEqualTo("resultReturned");
        String[] everyStep = steps.stream().map(step -> step + ":3070").toArray(String[]::new);
        assertThat(delegates.stepDeadlines().warned()).containsExactly(everyStep);
        assertThat(delegates.stepDeadlines().escalated()).containsExactly(everyStep);
        assertThat(finishedActivities(dossier, "levelDeadlineNoticeSent")).hasSize(2 * LEVEL_STEPS.size());
        assertThat(finishedActivities(dossier, "deadlineNoticeSent")).hasSize(2);
    }

    private static Instant dueSoonAt(Instant base, int stepIndex) {
        return base.plus(Duration.ofHours(10L * stepIndex + 4));
    }

    private static Instant dueAt(Instant base, int stepIndex) {
        return base.plus(Duration.ofHours(10L * stepIndex + 8));
    }

    private static String roleOf(String step) {
        return switch (step) {
            case "unitHeadAssigns", "unitHeadReviews" -> "UNIT_HEAD";
            case "specialistHandles" -> "SPECIALIST";
            case "leaderApproves" -> "LEADER";
            case "clerkIssues" -> "CLERK";
            case "deskReturnsResult" -> "DESK_OFFICER";
            default -> throw new IllegalArgumentException(step);
        };
    }

    private static Map<String, Object> decisionToFinish(String step) {
        return switch (step) {
            case "unitHeadAssigns" -> Map.of("assignedSpecialist", SPECIALIST);
            case "specialistHandles" -> Map.of("specialistDecision", "PROPOSE");
            case "unitHeadReviews" -> Map.of("unitHeadDecision", "APPROVE");
            case "leaderApproves" -> Map.of("leaderDecision", "APPROVE");
            default -> Map.of();
        };
    }

    // ------------------------------------------------------------------ helpers

    private String submit(long dossierId, String receivingUnitCode, List<String> levels) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("dossierId", dossierId);
        variables.put("dossierCode", "H29.30-260302-" + dossierId);
        variables.put("receivingUnitCode", receivingUnitCode);
        variables.put("intakeReminderDuration", INTAKE_REMINDER_DURATION);
        variables.put("levels", new ArrayList<>(levels));
        return runtimeService.createProcessInstanceBuilder()
                .processDefinitionKey(PROCESS_KEY)
                .businessKey((String) variables.get("dossierCode"))
                .variables(variables)
                .start()
                .getId();
    }

    private void accept(String dossier, String receivingUnit) {
        complete(task(dossier, "deskReceives", receivingUnit, "DESK_OFFICER"),
                Map.of("deskDecision", "ACCEPT", "paymentRequired", false));
    }

    /** The level at {@code unit} assigns, appraises, reviews and signs a proposal (without its clerk's step). */
    private void passLevel(String dossier, String unit) {
        complete(task(dossier, "unitHeadAssigns", unit, "UNIT_HEAD"), Map.of("assignedSpecialist", SPECIALIST));
        complete(specialistTask(dossier, unit), Map.of("specialistDecision", "PROPOSE"));
        complete(task(dossier, "unitHeadReviews", unit, "UNIT_HEAD"), Map.of("unitHeadDecision", "APPROVE"));
        complete(task(dossier, "leaderApproves", unit, "LEADER"), Map.of("leaderDecision", "APPROVE"));
    }

    private Task specialistTask(String dossier, String unit) {
        Task task = task(dossier, "specialistHandles", unit, "SPECIALIST");
        assertThat(task.getAssignee()).as("the specialist the unit head assigned").isEqualTo(SPECIALIST);
        return task;
    }

    /** The dossier's only open task {@code taskKey}, checked to be offered to exactly the role's group of the unit. */
    private Task task(String dossier, String taskKey, String unit, String role) {
        Task task = taskService.createTaskQuery().processInstanceId(dossier).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        assertThat(candidateGroups(task)).as("candidate groups of " + taskKey).containsExactly(group(unit, role));
        groupsMet.add(group(unit, role));
        return task;
    }

    /** The open consultation tasks by their candidate group. */
    private Map<String, Task> consultationTasks(String dossier) {
        return taskService.createTaskQuery().processInstanceId(dossier).taskDefinitionKey("consultationAnswers").list()
                .stream()
                .collect(Collectors.toMap(task -> {
                    List<String> groups = candidateGroups(task);
                    assertThat(groups).hasSize(1);
                    return groups.get(0);
                }, task -> task));
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private static String group(String unit, String role) {
        return "unit:" + unit + ":role:" + role;
    }

    private void complete(Task task) {
        complete(task, Map.of());
    }

    /** Completes the task after some working time, so that history records the steps in order. */
    private void complete(Task task, Map<String, Object> variables) {
        setClock(now.plus(WORK_STEP));
        taskService.complete(task.getId(), variables);
    }

    /** Delivers a message to the one execution of the dossier waiting for it, as the case engine does. */
    private void deliver(String dossier, String messageName) {
        Execution waiting = runtimeService.createExecutionQuery().processInstanceId(dossier)
                .messageEventSubscriptionName(messageName).singleResult();
        assertThat(waiting).as("execution waiting for " + messageName).isNotNull();
        setClock(now.plus(WORK_STEP));
        runtimeService.messageEventReceived(messageName, waiting.getId());
    }

    /** Runs the job a little later, as the async executor would, so that history records its steps after the previous ones. */
    private void runJob(String jobId) {
        setClock(now.plus(JOB_PICKUP));
        managementService.executeJob(jobId);
    }

    private Job publishResultJob(String dossier) {
        Job job = managementService.createJobQuery().processInstanceId(dossier).singleResult();
        assertThat(job).as("async job of the dossier").isNotNull();
        assertThat(job.getElementId()).isEqualTo("publishResult");
        return job;
    }

    /** Moves the clock to {@code at}, where exactly one timer {@code elementId} of the dossier is due, and runs it. */
    private void fireTimer(String dossier, String elementId, Instant at) {
        setClock(at);
        List<Job> due = managementService.createTimerJobQuery().processInstanceId(dossier).executable().list().stream()
                .filter(job -> job.getElementId().equals(elementId))
                .toList();
        assertThat(due).as("executable timer " + elementId + " at " + at).hasSize(1);
        managementService.executeJob(managementService.moveTimerToExecutableJob(due.get(0).getId()).getId());
    }

    private List<Job> timerJobs(String dossier) {
        return managementService.createTimerJobQuery().processInstanceId(dossier).list();
    }

    /** The dossier's waiting timer jobs by element id, with their due dates (for elements with one timer each). */
    private Map<String, Date> timers(String dossier) {
        return timerJobs(dossier).stream().collect(Collectors.toMap(Job::getElementId, Job::getDuedate));
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

    private Object historicVariable(String dossier, String name) {
        List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(dossier).variableName(name).list();
        assertThat(variables).as("variable " + name).hasSize(1);
        return variables.get(0).getValue();
    }

    /** The unit of each level the dossier entered, in order. */
    private List<String> historicLevelUnits(String dossier) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(dossier).variableName("levelUnitCode")
                .list().stream()
                .sorted(Comparator.comparing(HistoricVariableInstance::getCreateTime))
                .map(variable -> (String) variable.getValue())
                .toList();
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
