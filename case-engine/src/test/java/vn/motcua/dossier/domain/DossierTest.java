package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DossierTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-02-13T01:00:00Z");
    private static final DossierCode CODE = DossierCode.of("000.30.01.H29", LocalDate.of(2026, 2, 13), 1);
    private static final Applicant APPLICANT = new Applicant("Nguyễn Văn An", "079200001234", "0912345678",
            "congdan.an@example.invalid");

    private static final String DESK = "motcua.tdm";
    private static final String SPECIALIST = "chuyenvien.tdm";
    private static final String LEADER = "lanhdao.tdm";
    private static final String CLERK = "vanthu.tdm";

    private Dossier dossier;

    @BeforeEach
    void submitADossierOnline() {
        dossier = submitted();
    }

    private static Dossier submitted() {
        return Dossier.submitOnline(CODE, TestData.birthRegistration(), TestData.commune(), APPLICANT, 8L,
                "{\"childName\":\"Nguyễn Văn Bình\"}", SUBMITTED_AT);
    }

    private static Instant at(int minutes) {
        return SUBMITTED_AT.plus(Duration.ofMinutes(minutes));
    }

    /** A due time one day after a receipt at {@code minutes}. */
    private static Instant due(int minutes) {
        return at(minutes).plus(Duration.ofDays(1));
    }

    @Test
    void onlineSubmissionWaitsForTheDeskWithNationalStatusOne() {
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.getNationalStatus()).isEqualTo(1);
        assertThat(dossier.getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.getCode()).isEqualTo(CODE);
        assertThat(dossier.getApplicant()).isEqualTo(APPLICANT);
        assertThat(dossier.getApplicantAccountId()).isEqualTo(8L);
        assertThat(dossier.getSubmittedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(dossier.getReceivedAt()).isNull();
        assertThat(dossier.getHistory())
                .extracting(DossierHistoryEntry::getAction, DossierHistoryEntry::getFromStatus,
                        DossierHistoryEntry::getToStatus, DossierHistoryEntry::getActor,
                        DossierHistoryEntry::getOccurredAt, DossierHistoryEntry::getNote)
                .containsExactly(tuple("SUBMITTED", null, DossierStatus.SUBMITTED, "Nguyễn Văn An", SUBMITTED_AT,
                        null));
    }

    @Test
    void lifeCycleRunsFromSubmissionToReturnedResultWithTheNationalStatusAtEveryStep() {
        List<DossierStatus> statuses = new ArrayList<>();
        List<Integer> nationalCodes = new ArrayList<>();
        Consumer<Dossier> record = d -> {
            statuses.add(d.getStatus());
            nationalCodes.add(d.getNationalStatus());
        };

        record.accept(dossier);
        dossier.accept(DESK, at(10), due(10));
        record.accept(dossier);
        dossier.startProcessing(SPECIALIST, at(20));
        record.accept(dossier);
        dossier.submitForApproval("Hồ sơ hợp lệ", SPECIALIST, at(30));
        record.accept(dossier);
        dossier.approve(LEADER, at(40));
        record.accept(dossier);
        dossier.issueResult(CLERK, at(50));
        record.accept(dossier);
        dossier.markResultReady(at(60));
        record.accept(dossier);
        dossier.returnResult(DESK, at(70));
        record.accept(dossier);

        assertThat(statuses).containsExactly(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
                DossierStatus.PROCESSING, DossierStatus.AWAITING_APPROVAL, DossierStatus.ISSUING,
                DossierStatus.ISSUING, DossierStatus.RESULT_READY, DossierStatus.RETURNED);
        assertThat(nationalCodes).containsExactly(1, 2, 4, 4, 4, 4, 9, 10);
        assertThat(nationalCodes).containsExactlyElementsOf(
                statuses.stream().map(DossierStatus::nationalCode).toList());
        assertThat(dossier.getStatus().isFinal()).isTrue();
        assertThat(dossier.getReceivedAt()).isEqualTo(at(10));
        assertThat(dossier.getResultReadyAt()).isEqualTo(at(60));
        assertThat(dossier.getReturnedAt()).isEqualTo(at(70));
    }

    @Test
    void everyChangeAppendsAHistoryEntryWithActorTimeAndNote() {
        dossier.accept(DESK, at(10), due(10));
        dossier.startProcessing(SPECIALIST, at(20));
        dossier.submitForApproval("Hồ sơ hợp lệ", SPECIALIST, at(30));
        dossier.approve(LEADER, at(40));
        dossier.issueResult(CLERK, at(50));
        dossier.markResultReady(at(60));
        dossier.returnResult(DESK, at(70));

        assertThat(dossier.getHistory())
                .extracting(DossierHistoryEntry::getAction, DossierHistoryEntry::getFromStatus,
                        DossierHistoryEntry::getToStatus, DossierHistoryEntry::getActor,
                        DossierHistoryEntry::getOccurredAt, DossierHistoryEntry::getNote)
                .containsExactly(
                        tuple("SUBMITTED", null, DossierStatus.SUBMITTED, "Nguyễn Văn An", SUBMITTED_AT, null),
                        tuple("ACCEPTED", DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DESK, at(10), null),
                        tuple("PROCESSING_STARTED", DossierStatus.RECEIVED, DossierStatus.PROCESSING, SPECIALIST,
                                at(20), null),
                        tuple("DRAFT_SUBMITTED", DossierStatus.PROCESSING, DossierStatus.AWAITING_APPROVAL,
                                SPECIALIST, at(30), "Hồ sơ hợp lệ"),
                        tuple("APPROVED", DossierStatus.AWAITING_APPROVAL, DossierStatus.ISSUING, LEADER, at(40),
                                null),
                        tuple("RESULT_ISSUED", DossierStatus.ISSUING, DossierStatus.ISSUING, CLERK, at(50), null),
                        tuple("RESULT_READY", DossierStatus.ISSUING, DossierStatus.RESULT_READY, "system", at(60),
                                null),
                        tuple("RESULT_RETURNED", DossierStatus.RESULT_READY, DossierStatus.RETURNED, DESK, at(70),
                                "Trả tại Bộ phận Tiếp nhận và Trả kết quả"));
    }

    @Test
    void aResultSentByPostNeedsItsTrackingNumberAndSaysSo() {
        dossier.accept(DESK, at(10), due(10));
        dossier.submitForApproval("Hồ sơ hợp lệ", SPECIALIST, at(30));
        dossier.approve(LEADER, at(40));
        dossier.issueResult(CLERK, at(50));
        dossier.markResultReady(at(60));

        assertThatThrownBy(() -> dossier.returnResult(DESK, at(70), ReturnMethod.BY_POST, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RESULT_READY);

        dossier.returnResult(DESK, at(70), ReturnMethod.BY_POST, "EB123456789VN");
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.getReturnMethod()).isEqualTo(ReturnMethod.BY_POST);
        assertThat(dossier.getReturnNote()).isEqualTo("EB123456789VN");
        assertThat(dossier.getHistory().get(dossier.getHistory().size() - 1).getNote())
                .isEqualTo("Gửi qua dịch vụ bưu chính công ích, số hiệu bưu gửi: EB123456789VN");
    }

    @Test
    void aReceivedDossierCanGoStraightToApproval() {
        dossier.accept(DESK, at(10), due(10));

        dossier.submitForApproval(null, SPECIALIST, at(20));

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
        assertThat(dossier.getHistory()).last().extracting(DossierHistoryEntry::getFromStatus)
                .isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void startingProcessingAgainChangesNothing() {
        dossier.accept(DESK, at(10), due(10));
        dossier.startProcessing(SPECIALIST, at(20));
        List<DossierHistoryEntry> before = dossier.getHistory();

        dossier.startProcessing("another.specialist", at(30));

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.getHistory()).containsExactlyElementsOf(before);
    }

    @Test
    void refusingEndsTheDossierAsNotReceivedWithTheReason() {
        dossier.refuse("  Thiếu tờ khai đăng ký khai sinh  ", DESK, at(10));

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.NOT_RECEIVED);
        assertThat(dossier.getNationalStatus()).isEqualTo(3);
        assertThat(dossier.getStatus().isFinal()).isTrue();
        assertThat(dossier.getReceivedAt()).isNull();
        assertThat(dossier.getHistory()).last()
                .extracting(DossierHistoryEntry::getAction, DossierHistoryEntry::getActor,
                        DossierHistoryEntry::getOccurredAt, DossierHistoryEntry::getNote)
                .containsExactly("REFUSED", DESK, at(10), "Thiếu tờ khai đăng ký khai sinh");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusingRequiresAReason(String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> dossier.refuse(reason, DESK, at(10)))
                .withMessageContaining("reason");

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.getHistory()).hasSize(1);
    }

    @Test
    void returningForReworkSendsTheDraftBackToProcessingWithTheReason() {
        draftAwaitingApproval();

        dossier.returnForRework("Bổ sung căn cứ pháp lý", LEADER, at(40));

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.getNationalStatus()).isEqualTo(4);
        assertThat(dossier.getHistory()).last()
                .extracting(DossierHistoryEntry::getAction, DossierHistoryEntry::getFromStatus,
                        DossierHistoryEntry::getToStatus, DossierHistoryEntry::getActor,
                        DossierHistoryEntry::getNote)
                .containsExactly("RETURNED_FOR_REWORK", DossierStatus.AWAITING_APPROVAL, DossierStatus.PROCESSING,
                        LEADER, "Bổ sung căn cứ pháp lý");
    }

    @Test
    void aReworkedDraftCanBeSubmittedAndApprovedAgain() {
        draftAwaitingApproval();
        dossier.returnForRework("Bổ sung căn cứ pháp lý", LEADER, at(40));

        dossier.submitForApproval("Đã bổ sung", SPECIALIST, at(50));
        dossier.approve(LEADER, at(60));

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.ISSUING);
        assertThat(dossier.getHistory()).extracting(DossierHistoryEntry::getAction)
                .containsSubsequence("DRAFT_SUBMITTED", "RETURNED_FOR_REWORK", "DRAFT_SUBMITTED", "APPROVED");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void returningForReworkRequiresAReason(String reason) {
        draftAwaitingApproval();
        List<DossierHistoryEntry> before = dossier.getHistory();

        assertThatIllegalArgumentException().isThrownBy(() -> dossier.returnForRework(reason, LEADER, at(40)))
                .withMessageContaining("reason");

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
        assertThat(dossier.getHistory()).containsExactlyElementsOf(before);
    }

    static Stream<Arguments> illegalTransitions() {
        return Stream.of(
                illegal("accepting a dossier twice", d -> d.accept(DESK, at(10), due(10)),
                        d -> d.accept(DESK, at(20), due(20)), "ACCEPTED"),
                illegal("refusing a received dossier", d -> d.accept(DESK, at(10), due(10)),
                        d -> d.refuse("Thiếu giấy tờ", DESK, at(20)), "REFUSED"),
                illegal("processing a dossier the desk has not accepted", d -> { },
                        d -> d.startProcessing(SPECIALIST, at(10)), "PROCESSING_STARTED"),
                illegal("submitting a draft before intake", d -> { },
                        d -> d.submitForApproval("Dự thảo", SPECIALIST, at(10)), "DRAFT_SUBMITTED"),
                illegal("approving a dossier not yet drafted", d -> d.accept(DESK, at(10), due(10)),
                        d -> d.approve(LEADER, at(20)), "APPROVED"),
                illegal("returning for rework a dossier still in processing", DossierTest::processing,
                        d -> d.returnForRework("Sai mẫu", LEADER, at(30)), "RETURNED_FOR_REWORK"),
                illegal("issuing a result before approval", DossierTest::processing,
                        d -> d.issueResult(CLERK, at(30)), "RESULT_ISSUED"),
                illegal("publishing a result before approval", DossierTest::processing,
                        d -> d.markResultReady(at(30)), "RESULT_READY"),
                illegal("returning a result that is not ready", d -> { },
                        d -> d.returnResult(DESK, at(10)), "RESULT_RETURNED"),
                illegal("accepting a refused dossier", d -> d.refuse("Thiếu giấy tờ", DESK, at(10)),
                        d -> d.accept(DESK, at(20), due(20)), "ACCEPTED"),
                illegal("returning a result twice", DossierTest::returned,
                        d -> d.returnResult(DESK, at(90)), "RESULT_RETURNED"),
                illegal("processing a returned dossier", DossierTest::returned,
                        d -> d.startProcessing(SPECIALIST, at(90)), "PROCESSING_STARTED"));
    }

    private static Arguments illegal(String name, Consumer<Dossier> arrange, Consumer<Dossier> act, String action) {
        return Arguments.of(Named.of(name, arrange), act, action);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalTransitions")
    void illegalTransitionsThrowAndLeaveStatusAndHistoryUnchanged(Consumer<Dossier> arrange,
                                                                   Consumer<Dossier> act, String action) {
        arrange.accept(dossier);
        DossierStatus status = dossier.getStatus();
        int nationalStatus = dossier.getNationalStatus();
        List<DossierHistoryEntry> history = dossier.getHistory();

        assertThatThrownBy(() -> act.accept(dossier))
                .isInstanceOfSatisfying(IllegalDossierTransitionException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(status);
                    assertThat(e.getAction()).isEqualTo(action);
                    assertThat(e).hasMessageContaining(CODE.value()).hasMessageContaining(status.name());
                });

        assertThat(dossier.getStatus()).isEqualTo(status);
        assertThat(dossier.getNationalStatus()).isEqualTo(nationalStatus);
        assertThat(dossier.getHistory()).containsExactlyElementsOf(history);
    }

    @Test
    void acceptanceGivesTheDossierItsDueTimeWhichCannotPrecedeTheReceipt() {
        assertThatThrownBy(() -> dossier.accept(DESK, at(10), at(9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("due");
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);

        dossier.accept(DESK, at(10), due(10));
        assertThat(dossier.getDueAt()).isEqualTo(due(10));
        assertThat(dossier.getReceivedAt()).isEqualTo(at(10));
    }

    @Test
    void everyChangeNeedsAnActorAndATime() {
        assertThatNullPointerException().isThrownBy(() -> dossier.accept(null, at(10), due(10)));
        assertThatNullPointerException().isThrownBy(() -> dossier.accept(DESK, null, due(10)));

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.getHistory()).hasSize(1);
    }

    @Test
    void intakeReminderIsRecordedWithoutChangingTheStatus() {
        dossier.recordIntakeReminder(at(60));

        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.getHistory()).last()
                .extracting(DossierHistoryEntry::getAction, DossierHistoryEntry::getFromStatus,
                        DossierHistoryEntry::getToStatus, DossierHistoryEntry::getActor,
                        DossierHistoryEntry::getOccurredAt)
                .containsExactly("INTAKE_REMINDER", DossierStatus.SUBMITTED, DossierStatus.SUBMITTED, "system",
                        at(60));
    }

    @Test
    void historyCannotBeChangedFromOutside() {
        List<DossierHistoryEntry> history = dossier.getHistory();

        assertThatThrownBy(history::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(dossier.getHistory()).hasSize(1);
    }

    @Test
    void aDossierIsLinkedToOneProcessOnly() {
        dossier.linkProcess("process-1");

        assertThat(dossier.getProcessInstanceId()).isEqualTo("process-1");
        assertThatIllegalStateException().isThrownBy(() -> dossier.linkProcess("process-2"));
        assertThat(dossier.getProcessInstanceId()).isEqualTo("process-1");
    }

    @Test
    void submissionRequiresCodeVersionUnitApplicantAndTime() {
        var version = TestData.birthRegistration();
        var unit = TestData.commune();

        assertThatNullPointerException().isThrownBy(
                () -> Dossier.submitOnline(null, version, unit, APPLICANT, null, null, SUBMITTED_AT));
        assertThatNullPointerException().isThrownBy(
                () -> Dossier.submitOnline(CODE, null, unit, APPLICANT, null, null, SUBMITTED_AT));
        assertThatNullPointerException().isThrownBy(
                () -> Dossier.submitOnline(CODE, version, null, APPLICANT, null, null, SUBMITTED_AT));
        assertThatNullPointerException().isThrownBy(
                () -> Dossier.submitOnline(CODE, version, unit, null, null, null, SUBMITTED_AT));
        assertThatNullPointerException().isThrownBy(
                () -> Dossier.submitOnline(CODE, version, unit, APPLICANT, null, null, null));
    }

    private void draftAwaitingApproval() {
        processing(dossier);
        dossier.submitForApproval("Dự thảo giấy khai sinh", SPECIALIST, at(30));
    }

    private static void processing(Dossier d) {
        d.accept(DESK, at(10), due(10));
        d.startProcessing(SPECIALIST, at(20));
    }

    private static void returned(Dossier d) {
        processing(d);
        d.submitForApproval(null, SPECIALIST, at(30));
        d.approve(LEADER, at(40));
        d.issueResult(CLERK, at(50));
        d.markResultReady(at(60));
        d.returnResult(DESK, at(70));
    }
}
