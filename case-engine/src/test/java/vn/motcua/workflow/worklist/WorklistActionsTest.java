package vn.motcua.workflow.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;

/**
 * Claim, release, assign, reassign, bulk reassign, return and recall on a real engine and our own tables, each in
 * one transaction; refusals leave the worklist, the engine and the audit trail as they were.
 */
class WorklistActionsTest {

    private WorklistFixture f;
    private WorklistActions actions;
    private String code;

    @BeforeEach
    void aDossierWaitingForItsSpecialist() throws Exception {
        f = new WorklistFixture();
        actions = f.actions;
        code = f.fileDossier("Nguyễn Văn An");
        f.complete(f.desk(), code, "deskReceives");
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private String specialistStep() {
        return f.openStep(code, "specialistHandles").getTaskId();
    }

    private String holder(String taskId) {
        return f.tx(() -> f.worklist.byTaskId(taskId).orElseThrow().getAssignee());
    }

    private String engineAssignee(String taskId) {
        return f.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    void aSpecialistClaimsAStepOfTheirUnitAndRoleAndReleasesIt() {
        String task = specialistStep();

        f.run(() -> actions.claim(f.specialist(), task));

        assertThat(holder(task)).isEqualTo("chuyenvien.tdm");
        assertThat(engineAssignee(task)).isEqualTo("chuyenvien.tdm");
        assertThat(f.taken).extracting(StepTaken::holder).containsExactly("chuyenvien.tdm");
        assertThat(f.auditEntries("STEP_CLAIMED")).isEqualTo(1);

        f.run(() -> actions.release(f.specialist(), task));

        assertThat(holder(task)).isNull();
        assertThat(engineAssignee(task)).isNull();
        assertThat(f.auditEntries("STEP_RELEASED")).isEqualTo(1);
    }

    @Test
    void claimIsRefusedOutsideTheUnitOrRoleAndWhenTaken() {
        String task = specialistStep();

        assertThatThrownBy(() -> f.run(() -> actions.claim(f.leader(), task)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> actions.claim(
                f.actor("chuyenvien2.tdm", Role.SPECIALIST, WorklistFixture.OTHER_UNIT), task)))
                .isInstanceOf(AccessDeniedException.class);
        f.run(() -> actions.claim(f.specialist(), task));
        assertThatThrownBy(() -> f.run(() -> actions.claim(f.secondSpecialist(), task)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("đã được cán bộ");
        assertThatThrownBy(() -> f.run(() -> actions.claim(f.specialist(), "no-such-task")))
                .isInstanceOf(NotFoundException.class);

        assertThat(holder(task)).isEqualTo("chuyenvien.tdm");
        assertThat(f.auditEntries("STEP_CLAIMED")).isEqualTo(1);
    }

    @Test
    void onlyTheClaimantOrTheUnitHeadReleases() {
        String task = specialistStep();
        f.run(() -> actions.claim(f.specialist(), task));

        assertThatThrownBy(() -> f.run(() -> actions.release(f.secondSpecialist(), task)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> actions.release(f.otherUnitHead(), task)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(holder(task)).isEqualTo("chuyenvien.tdm");

        f.run(() -> actions.release(f.unitHead(), task));

        assertThat(holder(task)).isNull();
        assertThatThrownBy(() -> f.run(() -> actions.release(f.unitHead(), task)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theUnitHeadAssignsAndReassignsToOfficialsOfTheUnitWithTheStepsRole() {
        String task = specialistStep();

        String to = f.tx(() -> actions.assign(f.unitHead(), task, "chuyenvien.tdm"));

        assertThat(to).isEqualTo("chuyenvien.tdm");
        assertThat(holder(task)).isEqualTo("chuyenvien.tdm");
        assertThat(engineAssignee(task)).isEqualTo("chuyenvien.tdm");
        assertThatThrownBy(() -> f.run(() -> actions.assign(f.unitHead(), task, "chuyenvien2.tdm")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("chuyển giao");

        f.run(() -> actions.reassign(f.unitHead(), task, "chuyenvien2.tdm"));

        assertThat(holder(task)).isEqualTo("chuyenvien2.tdm");
        assertThat(engineAssignee(task)).isEqualTo("chuyenvien2.tdm");
        assertThat(f.auditEntries("STEP_ASSIGNED")).isEqualTo(1);
        assertThat(f.auditEntries("STEP_REASSIGNED")).isEqualTo(1);
    }

    @Test
    void assignmentIsRefusedToOthersThanTheUnitHeadAndForUnfitTargets() {
        String task = specialistStep();

        assertThatThrownBy(() -> f.run(() -> actions.assign(f.specialist(), task, "chuyenvien.tdm")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> actions.assign(f.otherUnitHead(), task, "chuyenvien.tdm")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> actions.assign(f.unitHead(), task, "lanhdao.tdm")))
                .as("the leader does not hold the specialist role").isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("không giữ vai trò");
        assertThatThrownBy(() -> f.run(() -> actions.assign(f.unitHead(), task, "daNghi.tdm")))
                .as("an inactive official").isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> f.run(() -> actions.assign(f.unitHead(), task, " ")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> f.run(() -> actions.reassign(f.unitHead(), task, "chuyenvien.tdm")))
                .as("nobody holds it yet").isInstanceOf(InvalidRequestException.class);

        assertThat(holder(task)).isNull();
        assertThat(engineAssignee(task)).isNull();
        assertThat(f.auditEntries("STEP_ASSIGNED")).isZero();
    }

    @Test
    void aStepAssignedToAnOfficialWhoIsAwayGoesToTheirStandIn() {
        String task = specialistStep();
        Actor absent = f.specialist();
        f.run(() -> f.standIns.name(absent, "chuyenvien.tdm", "chuyenvien2.tdm",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "nghỉ phép"));

        String to = f.tx(() -> actions.assign(f.unitHead(), task, "chuyenvien.tdm"));

        assertThat(to).isEqualTo("chuyenvien2.tdm");
        assertThat(holder(task)).isEqualTo("chuyenvien2.tdm");
        assertThat(f.auditEntries("STEP_ROUTED_TO_STAND_IN")).isEqualTo(1);
    }

    @Test
    void bulkReassignMovesEveryStepOfTheAbsentOfficialInTheHeadsUnits() {
        String second = f.fileDossier("Trần Thị Bình");
        f.complete(f.desk(), second, "deskReceives");
        String firstTask = specialistStep();
        String secondTask = f.openStep(second, "specialistHandles").getTaskId();
        Actor specialist = f.specialist();
        f.run(() -> actions.claim(specialist, firstTask));
        f.run(() -> actions.claim(specialist, secondTask));

        assertThatThrownBy(() -> f.run(() -> actions.bulkReassign(f.specialist(), "chuyenvien.tdm",
                "chuyenvien2.tdm"))).isInstanceOf(AccessDeniedException.class);
        assertThat(f.tx(() -> actions.bulkReassign(f.otherUnitHead(), "chuyenvien.tdm", "chuyenvien2.tdm")))
                .as("nothing of theirs in the other head's unit").isZero();
        assertThatThrownBy(() -> f.run(() -> actions.bulkReassign(f.unitHead(), "chuyenvien.tdm", "lanhdao.tdm")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(holder(specialistStep())).as("all or nothing").isEqualTo("chuyenvien.tdm");

        int moved = f.tx(() -> actions.bulkReassign(f.unitHead(), "chuyenvien.tdm", "chuyenvien2.tdm"));

        assertThat(moved).isEqualTo(2);
        assertThat(holder(specialistStep())).isEqualTo("chuyenvien2.tdm");
        assertThat(holder(f.openStep(second, "specialistHandles").getTaskId())).isEqualTo("chuyenvien2.tdm");
        assertThat(f.auditEntries("STEP_REASSIGNED")).isEqualTo(2);
    }

    @Test
    void theHolderReturnsTheStepToThePreviousOneAndItsHolderWithAReason() {
        String task = specialistStep();
        f.run(() -> actions.claim(f.specialist(), task));

        String to = f.tx(() -> actions.returnToPrevious(f.specialist(), task, "Thiếu bản sao giấy tờ tùy thân"));

        assertThat(to).isEqualTo("motcua.tdm");
        List<WorkItem> open = f.openSteps(code);
        assertThat(open).extracting(WorkItem::getStepKey).containsExactly("deskReceives");
        assertThat(open.get(0).getAssignee()).isEqualTo("motcua.tdm");
        assertThat(engineAssignee(open.get(0).getTaskId())).isEqualTo("motcua.tdm");
        StepRecord returned = f.stepRecord(task);
        assertThat(returned.getFinishedAt()).isNotNull();
        assertThat(returned.getHolder()).isEqualTo("chuyenvien.tdm");
        assertThat(f.auditEntries("STEP_RETURNED")).isEqualTo(1);

        f.complete(f.desk(), code, "deskReceives");
        assertThat(f.openSteps(code)).extracting(WorkItem::getStepKey).containsExactly("specialistHandles");
    }

    @Test
    void returnNeedsAReasonAndTheStepsHolderAndStoresNothingOtherwise() {
        String task = specialistStep();
        f.run(() -> actions.claim(f.specialist(), task));

        assertThatThrownBy(() -> f.run(() -> actions.returnToPrevious(f.specialist(), task, "  ")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("lý do");
        assertThatThrownBy(() -> f.run(() -> actions.returnToPrevious(f.secondSpecialist(), task, "lý do")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> actions.returnToPrevious(f.otherUnitHead(), task, "lý do")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(f.openSteps(code)).extracting(WorkItem::getTaskId).containsExactly(task);
        assertThat(f.engineTasks()).isEqualTo(1);
        assertThat(f.stepRecord(task).getFinishedAt()).isNull();
        assertThat(f.auditEntries("STEP_RETURNED")).isZero();
    }

    @Test
    void theFirstStepHasNothingToReturnTo() {
        String fresh = f.fileDossier("Lê Văn Cường");
        String task = f.openStep(fresh, "deskReceives").getTaskId();

        assertThatThrownBy(() -> f.run(() -> actions.returnToPrevious(f.desk(), task, "lý do")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("không có bước trước");
        assertThat(f.openSteps(fresh)).extracting(WorkItem::getTaskId).containsExactly(task);
    }

    @Test
    void theDeskRecallsItsStepWhileNobodyHasClaimedTheNext() {
        String task = specialistStep();

        assertThatThrownBy(() -> f.run(() -> actions.recall(f.secondSpecialist(), task)))
                .as("only who finished the previous step").isInstanceOf(AccessDeniedException.class);

        f.run(() -> actions.recall(f.desk(), task));

        List<WorkItem> open = f.openSteps(code);
        assertThat(open).extracting(WorkItem::getStepKey).containsExactly("deskReceives");
        assertThat(open.get(0).getAssignee()).isEqualTo("motcua.tdm");
        assertThat(f.auditEntries("STEP_RECALLED")).isEqualTo(1);
    }

    @Test
    void recallIsRefusedOnceTheNextStepWasClaimed() {
        String task = specialistStep();
        f.run(() -> actions.claim(f.specialist(), task));

        assertThatThrownBy(() -> f.run(() -> actions.recall(f.desk(), task)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("đã được cán bộ");

        assertThat(f.openSteps(code)).extracting(WorkItem::getTaskId).containsExactly(task);
        assertThat(holder(task)).isEqualTo("chuyenvien.tdm");
        assertThat(f.auditEntries("STEP_RECALLED")).isZero();
    }

    @Test
    void insideAMultiInstanceSubprocessAStepReturnsWithinItsOwnLevelOnly() {
        String levels = f.fileDossier("worklistLevels", "Phạm Thị Dung",
                Map.of("levels", List.of(WorklistFixture.UNIT, WorklistFixture.OTHER_UNIT)));
        f.complete(f.desk(), levels, "deskReceives");
        String firstAssign = f.openStep(levels, "unitHeadAssigns").getTaskId();
        assertThatThrownBy(() -> f.run(() -> actions.returnToPrevious(f.unitHead(), firstAssign, "lý do")))
                .as("the desk's step lies outside the level").isInstanceOf(InvalidRequestException.class);
        f.complete(f.unitHead(), levels, "unitHeadAssigns");
        f.complete(f.specialist(), levels, "specialistHandles");

        String secondAssign = f.openStep(levels, "unitHeadAssigns").getTaskId();
        assertThat(f.openStep(levels, "unitHeadAssigns").getUnitCode()).isEqualTo(WorklistFixture.OTHER_UNIT);
        assertThatThrownBy(() -> f.run(() -> actions.returnToPrevious(f.otherUnitHead(), secondAssign, "lý do")))
                .as("the first level's steps belong to another instance").isInstanceOf(InvalidRequestException.class);
        f.complete(f.otherUnitHead(), levels, "unitHeadAssigns");
        String secondHandles = f.openStep(levels, "specialistHandles").getTaskId();
        Actor secondLevelSpecialist = f.actor("chuyenvien2.tdm", Role.SPECIALIST, WorklistFixture.OTHER_UNIT);
        f.run(() -> actions.claim(secondLevelSpecialist, secondHandles));

        String to = f.tx(() -> actions.returnToPrevious(secondLevelSpecialist, secondHandles, "Cần phân công lại"));

        assertThat(to).isEqualTo("truongphong.pc");
        List<WorkItem> open = f.openSteps(levels);
        assertThat(open).extracting(WorkItem::getStepKey).containsExactly("unitHeadAssigns");
        assertThat(open.get(0).getUnitCode()).isEqualTo(WorklistFixture.OTHER_UNIT);
        f.complete(f.otherUnitHead(), levels, "unitHeadAssigns");
        f.complete(secondLevelSpecialist, levels, "specialistHandles");
        assertThat(f.openSteps(levels)).extracting(WorkItem::getStepKey).containsExactly("deskReturnsResult");
    }
}
