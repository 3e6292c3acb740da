package vn.motcua.workflow.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.workflow.worklist.WorklistFilter.Scope;
import vn.motcua.workflow.worklist.WorklistFilter.Sort;
import vn.motcua.workflow.worklist.WorklistFilter.State;

/**
 * Worklists by scope, filter, sort and page from our own tables, and saved filters: three dossiers at the
 * specialist (one claimed, one overdue, one due soon), one still at the desk.
 */
class WorklistQueriesTest {

    private WorklistFixture f;
    private String an;
    private String binh;
    private String cuong;
    private String dung;

    @BeforeEach
    void threeDossiersAtTheSpecialistAndOneAtTheDesk() throws Exception {
        f = new WorklistFixture();
        an = f.fileDossier("Nguyễn Văn An");
        binh = f.fileDossier("Trần Thị Bình");
        cuong = f.fileDossier("Lê Văn Cường");
        dung = f.fileDossier("Phạm Thị Dung");
        for (String code : List.of(an, binh, cuong)) {
            f.complete(f.desk(), code, "deskReceives");
        }
        String anTask = f.openStep(an, "specialistHandles").getTaskId();
        Actor specialist = f.specialist();
        f.run(() -> f.actions.claim(specialist, anTask));
        f.setStepDue(f.openStep(binh, "specialistHandles").getTaskId(), f.clock.instant().minus(Duration.ofHours(1)));
        f.setStepDue(f.openStep(cuong, "specialistHandles").getTaskId(),
                WorklistFixture.CALENDAR.plusWorkingTime(f.clock.instant(), Duration.ofHours(2)));
        f.setStepDue(anTask, WorklistFixture.CALENDAR.plusWorkingTime(f.clock.instant(), Duration.ofHours(30)));
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private WorklistPage find(Actor viewer, WorklistFilter filter) {
        return f.tx(() -> f.queries.find(viewer, filter));
    }

    private static List<String> codes(WorklistPage page) {
        return page.rows().stream().map(WorklistRow::dossierCode).toList();
    }

    @Test
    void myTasksAreTheStepsAssignedToMe() {
        WorklistPage mine = find(f.specialist(), WorklistFilter.of(Scope.MINE));

        assertThat(codes(mine)).containsExactly(an);
        WorklistRow row = mine.rows().get(0);
        assertThat(row.assignee()).isEqualTo("chuyenvien.tdm");
        assertThat(row.applicantName()).isEqualTo("Nguyễn Văn An");
        assertThat(row.procedureCode()).isEqualTo("1.001193");
        assertThat(row.timeliness()).isEqualTo("WITHIN_TIME");
        assertThat(row.mayRelease()).isTrue();
        assertThat(row.mayClaim()).isFalse();
        assertThat(row.mayAssign()).isFalse();
    }

    @Test
    void theUnitQueueHoldsTheUnassignedStepsOfMyUnitsAndRoles() {
        WorklistPage queue = find(f.specialist(), WorklistFilter.of(Scope.UNIT_QUEUE));

        assertThat(codes(queue)).containsExactly(binh, cuong);
        assertThat(queue.rows()).allMatch(WorklistRow::mayClaim);
        assertThat(queue.rows()).extracting(WorklistRow::timeliness).containsExactly("OVERDUE", "DUE_SOON");
        assertThat(codes(find(f.desk(), WorklistFilter.of(Scope.UNIT_QUEUE)))).containsExactly(dung);
        assertThat(find(f.otherUnitHead(), WorklistFilter.of(Scope.UNIT_QUEUE)).rows()).isEmpty();
        assertThat(codes(find(f.specialist(), WorklistFilter.of(Scope.OPEN_TO_ME).sortedBy(Sort.CODE, false))))
                .containsExactly(an, binh, cuong);
        assertThat(codes(find(f.secondSpecialist(), WorklistFilter.of(Scope.OPEN_TO_ME)
                .sortedBy(Sort.CODE, false)))).as("not a colleague's step").containsExactly(binh, cuong);
    }

    @Test
    void theUnitHeadSeesEveryOpenStepOfTheUnitAndMayAssignThem() {
        WorklistPage all = find(f.unitHead(), WorklistFilter.of(Scope.ALL_OF_MY_UNITS).sortedBy(Sort.CODE, false));

        assertThat(codes(all)).containsExactly(an, binh, cuong, dung);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.rows().get(0).mayReassign()).isTrue();
        assertThat(all.rows().get(1).mayAssign()).isTrue();
        assertThat(all.rows()).noneMatch(WorklistRow::mayClaim);
    }

    @Test
    void filtersByStateStepProcedureAndTextInCodeOrApplicantName() {
        Actor head = f.unitHead();
        WorklistFilter all = WorklistFilter.of(Scope.ALL_OF_MY_UNITS).sortedBy(Sort.CODE, false);

        assertThat(codes(find(head, all.withState(State.OVERDUE)))).containsExactly(binh);
        assertThat(codes(find(head, all.withState(State.DUE_SOON)))).containsExactly(cuong);
        assertThat(codes(find(head, all.withState(State.ON_TIME)))).containsExactly(an, dung);
        assertThat(codes(find(head, all.withStepKey("deskReceives")))).containsExactly(dung);
        assertThat(codes(find(head, all.withProcedureCode("1.001193")))).hasSize(4);
        assertThat(codes(find(head, all.withProcedureCode("9.999999")))).isEmpty();
        assertThat(codes(find(head, all.withText("thị")))).containsExactly(binh, dung);
        assertThat(codes(find(head, all.withText(cuong.substring(cuong.length() - 4))))).contains(cuong);
        assertThat(codes(find(head, all.withText("100%")))).isEmpty();
    }

    @Test
    void sortsByCodeDueAndStepBothWays() {
        Actor head = f.unitHead();
        WorklistFilter all = WorklistFilter.of(Scope.ALL_OF_MY_UNITS);

        assertThat(codes(find(head, all.sortedBy(Sort.CODE, true)))).containsExactly(dung, cuong, binh, an);
        assertThat(codes(find(head, all.sortedBy(Sort.DUE, false).withStepKey("specialistHandles"))))
                .containsExactly(binh, cuong, an);
        assertThat(codes(find(head, all.sortedBy(Sort.DUE, true).withStepKey("specialistHandles"))))
                .containsExactly(an, cuong, binh);
        assertThat(codes(find(head, all.sortedBy(Sort.STEP, false))).get(0)).isEqualTo(dung);
        assertThat(codes(find(head, all.sortedBy(Sort.RECEIVED, false)))).containsExactly(an, binh, cuong, dung);
    }

    @Test
    void pagesCarryTheTotal() {
        WorklistFilter all = WorklistFilter.of(Scope.ALL_OF_MY_UNITS).sortedBy(Sort.CODE, false);

        WorklistPage first = find(f.unitHead(), all.page(0, 3));
        WorklistPage second = find(f.unitHead(), all.page(1, 3));

        assertThat(codes(first)).containsExactly(an, binh, cuong);
        assertThat(codes(second)).containsExactly(dung);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void theOfficialWhoFinishedThePreviousStepMayRecallAnUnclaimedNextStep() {
        WorklistPage desk = find(f.desk(), WorklistFilter.of(Scope.ALL_OF_MY_UNITS).sortedBy(Sort.CODE, false));

        assertThat(desk.rows()).filteredOn(WorklistRow::mayRecall).extracting(WorklistRow::dossierCode)
                .containsExactly(binh, cuong);
    }

    @Test
    void officialsAreSavedFiltersOwnersAndCanApplyReplaceAndDeleteThem() {
        Actor specialist = f.specialist();
        WorklistFilter overdue = WorklistFilter.of(Scope.UNIT_QUEUE).withState(State.OVERDUE)
                .sortedBy(Sort.CODE, true).withText("Bình").page(0, 50);

        var saved = f.tx(() -> f.savedFilters.save(specialist, "  Quá hạn  ", overdue));
        f.run(() -> f.savedFilters.save(specialist, "Của tôi", WorklistFilter.of(Scope.MINE)));

        List<SavedWorklistFilters.SavedFilterView> mine = f.tx(() -> f.savedFilters.list(specialist));
        assertThat(mine).extracting(SavedWorklistFilters.SavedFilterView::name).containsExactly("Của tôi", "Quá hạn");
        assertThat(saved.filter()).isEqualTo(overdue);
        assertThat(codes(find(specialist, mine.get(1).filter()))).containsExactly(binh);

        f.run(() -> f.savedFilters.save(specialist, "Quá hạn", overdue.withText(null)));
        assertThat(f.tx(() -> f.savedFilters.list(specialist))).hasSize(2)
                .filteredOn(v -> v.name().equals("Quá hạn")).extracting(v -> v.filter().text()).containsOnlyNulls();

        assertThat(f.tx(() -> f.savedFilters.list(f.secondSpecialist()))).isEmpty();
        assertThatThrownBy(() -> f.run(() -> f.savedFilters.delete(f.secondSpecialist(), saved.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.run(() -> f.savedFilters.save(specialist, " ", overdue)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("tên");
        assertThatThrownBy(() -> f.run(() -> f.savedFilters.save(
                new Actor(null, "system", "Hệ thống", List.of()), "x", overdue)))
                .isInstanceOf(AccessDeniedException.class);

        f.run(() -> f.savedFilters.delete(specialist, saved.id()));
        assertThat(f.tx(() -> f.savedFilters.list(specialist))).extracting(SavedWorklistFilters.SavedFilterView::name)
                .containsExactly("Của tôi");
    }
}
