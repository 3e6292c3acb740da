package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.documents.rendering.OfficialFormats;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.LegalTime;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.Actor;
import vn.motcua.results.SigningCapacity;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;

/**
 * The legal clock of one dossier from acceptance to a late result: a supplement pauses it and the complete dossier
 * starts it again (the marriage registration's restart policy), the leader extends it once with an apology, a
 * second extension is refused, the specialist overruns their step, and the control sheet names that step. Over HTTP,
 * the control sheet and the apology come as PDFs whose text says so, and the workspace page shows the clock's
 * timeline.
 */
@ExtendWith(ArquillianExtension.class)
class LegalTimeIT {

    /** A standalone 12-digit number, the shape of a personal ID. */
    private static final java.util.regex.Pattern PERSONAL_ID =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])");

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, Waits.class, MovedClock.class,
                PortalHttp.class);
    }

    @Inject
    DemoActors actors;

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Inject
    LegalTime legalTime;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ApplicationClock clock;

    @Inject
    MovedClock movedClock;

    @org.junit.jupiter.api.BeforeEach
    void holdTheDeadlineScan() {
        movedClock.holdDeadlineScan();
    }

    @AfterEach
    void resetClock() {
        movedClock.backToRealTime();
    }

    private Instant local(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BusinessTime.ZONE).toInstant();
    }

    @Test
    void pausedForASupplementRestartedExtendedOnceAndFinishedLateTheControlSheetNamesTheStepThatOverran()
            throws Exception {
        Actor citizen = actors.get(DemoActors.CITIZEN);
        Actor desk = actors.get(DemoActors.DESK);
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        Actor leader = actors.get(DemoActors.LEADER);
        Actor clerk = actors.get(DemoActors.CLERK);
        WorkingCalendar calendar = calendars.forUnit(DemoActors.COMMUNE);
        LocalDate monday = BusinessTime.today(clock).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(monday) || !calendar.isWorkingDay(monday.plusDays(1))) {
            monday = monday.plusWeeks(1);
        }
        clock.setTo(local(monday, 8));

        DossierCode code = filing.fileOnline(citizen, marriage());
        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        DossierView accepted = queries.dossier(desk, code.value());
        assertThat(accepted.clockState()).isEqualTo("RUNNING");
        assertThat(accepted.dueAt()).isEqualTo(calendar.plusWorkingTime(accepted.receivedAt(), Duration.ofHours(40)));

        clock.setTo(local(monday, 9));
        legalTime.pause(specialist, code.value(), LegalTime.PauseReason.SUPPLEMENT,
                "Thiếu giấy xác nhận tình trạng hôn nhân của bên nữ");
        DossierView paused = queries.dossier(desk, code.value());
        assertThat(paused.clockState()).isEqualTo("PAUSED");
        assertThat(paused.dueAt()).as("no due time while the applicant holds the dossier").isNull();
        assertThatThrownBy(() -> legalTime.pause(desk, code.value(), LegalTime.PauseReason.SUPPLEMENT, "Lần hai"))
                .isInstanceOf(InvalidRequestException.class);

        LocalDate tuesday = monday.plusDays(1);
        clock.setTo(local(tuesday, 9));
        legalTime.resume(desk, code.value(), "Đã nhận đủ giấy tờ bổ sung");
        DossierView restarted = queries.dossier(desk, code.value());
        Instant restartedAt = restarted.clock().get(restarted.clock().size() - 1).at();
        Instant due = calendar.plusWorkingTime(restartedAt, Duration.ofHours(40));
        assertThat(restarted.clockState()).isEqualTo("RUNNING");
        assertThat(restarted.dueAt()).as("the restart policy runs the whole time limit again").isEqualTo(due);
        HttpClient deskHttp = signedIn(DemoActors.DESK);
        HttpResponse<String> noApology = deskHttp.send(get("api/v1/dossiers/" + code.value() + "/apology.pdf"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noApology.statusCode()).as("no apology before an extension").isEqualTo(404);
        assertThat(noApology.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(noApology.body()).contains("không được gia hạn");

        clock.setTo(local(tuesday, 10));
        Instant extended = calendar.plusWorkingTime(due, Duration.ofHours(16));
        legalTime.extend(leader, code.value(), extended, "Cần xác minh thông tin tại nơi cư trú trước đây");
        assertThatThrownBy(() -> legalTime.extend(leader, code.value(), extended.plus(Duration.ofDays(3)),
                "Lần hai")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("đã được gia hạn một lần");
        DossierView afterApology = queries.dossier(desk, code.value());
        assertThat(afterApology.dueAt()).isEqualTo(extended);
        assertThat(afterApology.originalDueAt()).as("the original due time is kept").isEqualTo(due);

        String appraisal = onlyStep(specialist, code, "specialistHandles").taskId();
        steps.claim(specialist, appraisal);
        clock.setTo(calendar.plusWorkingTime(extended, Duration.ofHours(4)));
        steps.complete(specialist, appraisal, StepOutcome.SUBMIT_DRAFT, "Đủ điều kiện đăng ký kết hôn.");
        approve(leader, code);
        complete(clerk, code, "clerkIssues", StepOutcome.ISSUE, null);
        Waits.until("the async publication step", Duration.ofSeconds(60),
                () -> "RESULT_READY".equals(queries.dossier(desk, code.value()).status()));

        DossierView finished = queries.dossier(desk, code.value());
        assertThat(finished.clockState()).isEqualTo("FINISHED");
        assertThat(finished.timeliness()).isEqualTo("LATE");
        assertThat(finished.clock()).extracting(DossierView.ClockView::kind)
                .containsExactly("START", "PAUSE", "RESTART", "EXTEND", "FINISH");
        assertThat(finished.controlSheet()).filteredOn(r -> "LATE".equals(r.result()))
                .as("the lateness is the specialist's step").singleElement().satisfies(row -> {
                    assertThat(row.stepKey()).isEqualTo("specialistHandles");
                    assertThat(row.holder()).isEqualTo(DemoActors.SPECIALIST);
                    assertThat(row.unitCode()).isEqualTo(DemoActors.COMMUNE);
                    assertThat(row.dueAt()).isBefore(row.finishedAt());
                });
        assertThat(finished.controlSheet()).extracting(DossierView.ControlSheetRow::stepKey)
                .containsSubsequence("deskReceives", "specialistHandles", "leaderApproves", "clerkIssues");

        OfficialFormats fmt = new OfficialFormats();
        HttpResponse<byte[]> sheet = deskHttp.send(get("api/v1/dossiers/" + code.value() + "/control-sheet.pdf"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(sheet.headers().firstValue("content-disposition"))
                .hasValue("inline; filename=\"phieu-kiem-soat-" + code.value() + ".pdf\"");
        String sheetText = pdfText(sheet.body());
        assertThat(sheetText).contains("ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Kèm theo hồ sơ của: Nguyễn Văn An",
                "Mã hồ sơ: " + code.value(), "Nội dung yêu cầu giải quyết: Đăng ký kết hôn",
                "Thời gian nhận hồ sơ: " + fmt.timeAndLongDate(local(finished.receivedAt())),
                "Thời gian hẹn trả kết quả: " + fmt.timeAndLongDate(local(extended)) + " (đã gia hạn)",
                "Thời gian hẹn trả kết quả ban đầu: " + fmt.timeAndLongDate(local(due)),
                "Cơ quan giải quyết hồ sơ: Ủy ban nhân dân phường Thủ Dầu Một");
        assertThat(sheetRow(sheetText, "Tiếp nhận, kiểm tra, số hóa hồ sơ"))
                .contains("Giao: Nguyễn Văn An (người nộp hồ sơ)", "Nhận: Nguyễn Thị Thu Hà");
        assertThat(sheetRow(sheetText, "Thẩm định, dự thảo kết quả")).as("the overrun step's row")
                .contains("Nhận: Trần Văn Bình (chuyên viên xử lý)", "Quá hạn",
                        "Gia hạn, hẹn lại ngày trả kết quả: " + fmt.timeAndLongDate(local(extended))
                                + ". Lý do: Cần xác minh thông tin tại nơi cư trú trước đây")
                .doesNotContain("Trước hạn", "Đúng hạn");
        assertThat(sheetRow(sheetText, "Xem xét, ký duyệt")).contains("Giao: Trần Văn Bình (chuyên viên xử lý)",
                "Nhận: Phạm Quốc Hùng (lãnh đạo)").containsAnyOf("Trước hạn", "Đúng hạn", "Quá hạn");

        HttpResponse<byte[]> apology = deskHttp.send(get("api/v1/dossiers/" + code.value() + "/apology.pdf"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(apology.statusCode()).isEqualTo(200);
        assertThat(apology.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(apology.headers().firstValue("content-disposition"))
                .hasValue("inline; filename=\"van-ban-xin-loi-" + code.value() + ".pdf\"");
        assertThat(pdfText(apology.body())).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà Nguyễn Văn An.",
                "Thủ Dầu Một, " + fmt.longDate(BusinessTime.dateOf(afterApology.clock().stream()
                        .filter(c -> c.kind().equals("EXTEND")).findFirst().orElseThrow().at())),
                "mã hồ sơ " + code.value(),
                "Thời gian hẹn trả kết quả: " + fmt.timeAndLongDate(local(due)) + ".",
                "lý do: Cần xác minh thông tin tại nơi cư trú trước đây.",
                "hẹn lại thời gian trả kết quả giải quyết hồ sơ: " + fmt.timeAndLongDate(local(extended)) + ".",
                "Phạm Quốc Hùng");

        HttpClient applicant = signedIn(DemoActors.CITIZEN);
        assertThat(applicant.send(get("api/v1/dossiers/" + code.value() + "/apology.pdf"),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).as("the applicant gets the apology")
                .isEqualTo(200);
        HttpResponse<String> sheetForApplicant = applicant.send(
                get("api/v1/dossiers/" + code.value() + "/control-sheet.pdf"), HttpResponse.BodyHandlers.ofString());
        assertThat(sheetForApplicant.statusCode()).as("the control sheet is for officials").isEqualTo(403);
        assertThat(sheetForApplicant.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        String page = deskHttp.send(get("workspace/dossier.xhtml?code=" + code.value()),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Thời hạn giải quyết", "id=\"clockTimeline\"", "Bắt đầu tính thời gian",
                "Tạm dừng", "Tính lại từ đầu", "Gia hạn", "Kết thúc", "Thiếu giấy xác nhận tình trạng hôn nhân của bên nữ",
                "Cần xác minh thông tin tại nơi cư trú trước đây", "Hạn trả kết quả ban đầu (trước khi gia hạn)",
                "data-standing=\"LATE\"", "In phiếu kiểm soát (PDF)", "Văn bản xin lỗi (PDF)",
                "/api/v1/dossiers/" + code.value() + "/control-sheet.pdf",
                "/api/v1/dossiers/" + code.value() + "/apology.pdf");
        java.util.regex.Matcher kinds = java.util.regex.Pattern.compile("<li [^>]*data-kind=\"([A-Z]+)\"")
                .matcher(page.substring(page.indexOf("id=\"clockTimeline\"")));
        java.util.List<String> timeline = new java.util.ArrayList<>();
        while (kinds.find()) {
            timeline.add(kinds.group(1));
        }
        assertThat(timeline).as("the timeline is an ordered list of the clock's events")
                .containsExactly("START", "PAUSE", "RESTART", "EXTEND", "FINISH");
        assertThat(PERSONAL_ID.matcher(page + sheetText).find()).as("a 12-digit number on the page or sheet")
                .isFalse();
    }

    /** The text of a PDF as PDFBox extracts it in the order it was written (a table cell whole), one space a run. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }

    /** The control sheet's row of a step: from its numbered name to the next row's number (or the end). */
    private static String sheetRow(String sheetText, String stepName) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\d\\. " + java.util.regex.Pattern.quote(stepName)
                + ".*?(?=\\s\\d\\. |In lúc)").matcher(sheetText);
        assertThat(row.find()).as("a row for %s", stepName).isTrue();
        return row.group();
    }

    private static java.time.LocalDateTime local(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
    }

    private java.net.http.HttpRequest get(String path) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    private HttpClient signedIn(String username) throws java.io.IOException, InterruptedException {
        return PortalHttp.signedIn(base, username);
    }

    /**
     * The specialist's step timers, with the deadline sweep held: only the engine's timer jobs can send these notices.
     * Moving the application clock moves the engine clock, and the job executor fires the timers.
     */
    @Test
    void theStepTimerWarnsTheHolderBeforeTheDueTimeAndEscalatesToTheUnitHeadAndSupervisorAfterIt() throws Exception {
        Actor desk = actors.get(DemoActors.DESK);
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        Actor unitHead = actors.get("truongphong.tdm");
        Actor supervisor = actors.get(DemoActors.SUPERVISOR);
        WorkingCalendar calendar = calendars.forUnit(DemoActors.COMMUNE);
        LocalDate monday = BusinessTime.today(clock).plusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(monday) || !calendar.isWorkingDay(monday.plusDays(1))
                || !calendar.isWorkingDay(monday.plusDays(2)) || !calendar.isWorkingDay(monday.plusDays(3))) {
            monday = monday.plusWeeks(1);
        }
        clock.setTo(local(monday, 8));
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), marriage());
        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        steps.claim(specialist, onlyStep(specialist, code, "specialistHandles").taskId());
        DossierView.ControlSheetRow step = queries.dossier(desk, code.value()).controlSheet().stream()
                .filter(row -> row.stepKey().equals("specialistHandles")).findFirst().orElseThrow();
        Instant due = step.dueAt();
        Instant dueSoonAt = vn.motcua.calendar.Timeliness.dueSoonAt(step.openedAt(), due, calendar);
        assertThat(due).as("the step's allocation from the catalogue").isEqualTo(
                calendar.plusWorkingTime(step.openedAt(), Duration.ofHours(22)));

        clock.setTo(dueSoonAt.minus(Duration.ofMinutes(5)));
        Thread.sleep(3_000);
        assertThat(notices(specialist, code)).as("nothing before the due-soon time").isEmpty();

        clock.setTo(dueSoonAt.plus(Duration.ofMinutes(1)));
        Waits.until("the due-soon notice of the specialist", Duration.ofSeconds(60),
                () -> notices(specialist, code).contains(vn.motcua.notification.domain.InboxKind.DUE_SOON));
        assertThat(notices(unitHead, code)).as("no escalation before the due time").isEmpty();

        clock.setTo(due.plus(Duration.ofMinutes(1)));
        Waits.until("the overdue notice and the escalations", Duration.ofSeconds(60),
                () -> notices(specialist, code).contains(vn.motcua.notification.domain.InboxKind.OVERDUE)
                        && notices(unitHead, code).contains(vn.motcua.notification.domain.InboxKind.ESCALATED)
                        && notices(supervisor, code).contains(vn.motcua.notification.domain.InboxKind.ESCALATED));
        assertThat(notices(specialist, code)).containsOnlyOnce(vn.motcua.notification.domain.InboxKind.DUE_SOON,
                vn.motcua.notification.domain.InboxKind.OVERDUE);
        assertThat(notices(unitHead, code)).containsExactly(vn.motcua.notification.domain.InboxKind.ESCALATED);
        assertThat(queries.dossier(desk, code.value()).openSteps()).as("the step stays with its holder")
                .singleElement().satisfies(open -> assertThat(open.stepKey()).isEqualTo("specialistHandles"));
    }

    /** The deadline notices an official has about a dossier, oldest first (new-task notices left out). */
    private java.util.List<vn.motcua.notification.domain.InboxKind> notices(Actor official, DossierCode code) {
        java.util.List<vn.motcua.notification.domain.InboxKind> kinds = new java.util.ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement query = c.prepareStatement(
                "SELECT kind FROM inbox_item WHERE recipient = ? AND dossier_code = ? AND kind <> 'NEW_TASK' ORDER BY id")) {
            query.setString(1, official.username());
            query.setString(2, code.value());
            try (java.sql.ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    kinds.add(vn.motcua.notification.domain.InboxKind.valueOf(rs.getString(1)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return kinds;
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    @Inject
    vn.motcua.calendar.CalendarAdministration calendarAdministration;

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void theDueDateServiceSkipsTetAndNamesABadParameter() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> due = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "api/v1/calendar/due-date?unit=" + DemoActors.COMMUNE
                        + "&receivedAt=2026-02-13T10:00:00%2B07:00&workingDays=3")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(due.body()).contains("\"dueAt\":\"2026-02-25T10:00:00+07:00\"");
        java.net.http.HttpResponse<String> bad = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "api/v1/calendar/due-date?unit=" + DemoActors.COMMUNE
                        + "&receivedAt=13/02/2026&workingDays=3")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("receivedAt");
    }

    @Test
    void aNewDayOffMovesTheDueTimeOfAnOpenDossierAndLeavesAFinishedOneAsItWas() throws Exception {
        Actor admin = actors.get(DemoActors.ADMIN);
        Actor desk = actors.get(DemoActors.DESK);
        DossierCode open = filing.fileOnline(actors.get(DemoActors.CITIZEN), marriage());
        complete(desk, open, "deskReceives", StepOutcome.ACCEPT, null);
        Instant dueBefore = queries.dossier(desk, open.value()).dueAt();
        String finishedCode;
        Instant finishedDue;
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT code FROM dossier WHERE status = 'RETURNED' AND due_at "
                     + "IS NOT NULL ORDER BY id")) {
            assertThat(rs.next()).as("the demo holds a returned dossier").isTrue();
            finishedCode = rs.getString(1);
        }
        finishedDue = queries.dossier(desk, finishedCode).dueAt();

        WorkingCalendar calendar = calendars.forUnit(DemoActors.COMMUNE);
        LocalDate dayOff = BusinessTime.today(clock).plusDays(1);
        while (!calendar.isWorkingDay(dayOff)) {
            dayOff = dayOff.plusDays(1);
        }
        vn.motcua.calendar.CalendarAdministration.CalendarUpdate added = calendarAdministration.addDay(admin,
                new vn.motcua.calendar.CalendarAdministration.DayDraft(null, dayOff, vn.motcua.calendar.DayKind.DAY_OFF,
                        "Nghỉ bù (kiểm thử)", false, "Kiểm thử"));
        try {
            assertThat(added.rederivedDossiers()).isPositive();
            Instant dueAfter = queries.dossier(desk, open.value()).dueAt();
            assertThat(dueAfter).isAfter(dueBefore);
            assertThat(calendars.forUnit(DemoActors.COMMUNE).workingTimeBetween(dueBefore, dueAfter))
                    .as("one working day later").isEqualTo(WorkingCalendar.WORKING_DAY);
            assertThat(queries.dossier(desk, finishedCode).dueAt()).isEqualTo(finishedDue);
            Instant stepDue = queries.dossier(desk, open.value()).controlSheet().stream()
                    .filter(row -> row.stepKey().equals("specialistHandles")).findFirst().orElseThrow().dueAt();
            assertThat(overdueTimerOf(open, "specialistHandles")).as("the step's overdue timer moved with its due time")
                    .isEqualTo(stepDue);
        } finally {
            calendarAdministration.removeDay(admin, added.dayId());
        }
        assertThat(queries.dossier(desk, open.value()).dueAt()).isEqualTo(dueBefore);
        assertThat(overdueTimerOf(open, "specialistHandles")).as("and back").isEqualTo(
                queries.dossier(desk, open.value()).controlSheet().stream()
                        .filter(row -> row.stepKey().equals("specialistHandles")).findFirst().orElseThrow().dueAt());
    }

    @Inject
    org.flowable.engine.ManagementService management;

    @Inject
    org.flowable.engine.RuntimeService runtime;

    /** When the waiting overdue timer of a dossier's step is due. */
    private Instant overdueTimerOf(DossierCode code, String stepKey) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value()).singleResult()
                .getId();
        return management.createTimerJobQuery().processInstanceId(process).list().stream()
                .filter(job -> job.getElementId().equals(vn.motcua.workflow.StepTimers.overdueTimer(stepKey)))
                .findFirst().orElseThrow().getDuedate().toInstant();
    }

    private void approve(Actor leader, DossierCode code) {
        steps.complete(leader, onlyStep(leader, code, "leaderApproves").taskId(), StepOutcome.APPROVE, null,
                new DossierSteps.Signature(PortalHttp.PASSWORD.toCharArray(), SigningCapacity.ON_BEHALF));
    }

    private void complete(Actor official, DossierCode code, String step, StepOutcome outcome, String reason) {
        steps.complete(official, onlyStep(official, code, step).taskId(), outcome, reason);
    }

    private DossierView.StepView onlyStep(Actor official, DossierCode code, String step) {
        return queries.dossier(official, code.value()).openSteps().stream()
                .filter(s -> s.stepKey().equals(step)).findFirst().orElseThrow();
    }

    static FilingRequest marriage() {
        return new FilingRequest("1.000894", DemoActors.COMMUNE, "Nguyễn Văn An", "079123456789", "0912345678",
                "congdan.an@example.invalid", Map.of("spouseName", "Trần Thị Mai", "spouseBirthDate", "12/03/1998",
                        "residence", "Phường Thủ Dầu Một, Thành phố Hồ Chí Minh"));
    }
}
