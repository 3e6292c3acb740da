package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.calendar.LegalClock;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.LegalTime;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Officials;
import vn.motcua.identity.Role;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.results.ResultIssuance;
import vn.motcua.results.SigningCapacity;

/**
 * Routing across levels (liên thông) with the one procedure the demo catalogue routes through a chain,
 * "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ" (1.010801: commune, then its district, then the
 * provincial Department of Labour, Invalids and Social Affairs). Before 2025-07-01 a dossier filed at phường Phú Cường
 * goes through three levels under one code and one clock; each level acts only while the dossier is its own, earlier
 * holders and the receiving desk keep reading it, an unrelated unit cannot even read it. After 2025-07-01 the same
 * procedure, filed at phường Thủ Dầu Một (Hồ Chí Minh City), goes from the commune straight to the city's department
 * that succeeded the Bình Dương one: the organisation tree has no district level any more, and nothing else changed.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingIT {

    static final String PROCEDURE = "1.010801";
    static final String PHU_CUONG = "000.20.01.H12";
    static final String TDM_CITY = "000.00.20.H12";
    static final String BD_LABOUR = "000.00.12.H12";
    static final String HCM_HOME_AFFAIRS = "000.00.02.H29";

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, Waits.class, MovedClock.class,
                PortalHttp.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DemoActors actors;

    @Inject
    AccountRepository accounts;

    @Inject
    Officials officials;

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Inject
    DossierRepository dossiers;

    @Inject
    LegalTime legalTime;

    @Inject
    ResultIssuance results;

    @Inject
    ApplicationClock clock;

    @Inject
    MovedClock movedClock;

    @BeforeEach
    void holdTheDeadlineScan() {
        movedClock.holdDeadlineScan();
    }

    @AfterEach
    void resetClock() {
        movedClock.backToRealTime();
    }

    @Test
    void beforeTheReformADossierRunsCommuneDistrictDepartmentUnderOneCodeAndOneClock() throws Exception {
        clock.setTo(local(LocalDate.of(2025, 6, 16), 8));
        Level commune = level(PHU_CUONG, "phucuong");
        Level district = level(TDM_CITY, "tpthudaumot");
        Level department = level(BD_LABOUR, "soldtbxh");
        Actor desk = official("motcua.phucuong", "Huỳnh Thị Lan", Role.DESK_OFFICER, PHU_CUONG);

        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), request(PHU_CUONG));
        assertThat(code.value()).startsWith(PHU_CUONG + "-250616-");
        assertThat(dossier(code).getRoutePlan()).containsExactly("1:" + PHU_CUONG, "2:" + TDM_CITY, "3:" + BD_LABOUR);

        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        runLevel(commune, code, false);

        // The commune forwarded: its officials and the receiving desk read the dossier, nobody there may act on it.
        for (Actor earlier : List.of(commune.head, commune.specialist, commune.leader, desk)) {
            assertThat(queries.dossier(earlier, code.value()).openSteps())
                    .allSatisfy(step -> assertThat(step.outcomes()).isEmpty());
        }
        String districtStep = onlyStep(district.head, code, "unitHeadAssigns").taskId();
        assertThatThrownBy(() -> steps.completeWith(commune.head, districtStep, StepOutcome.ASSIGN,
                new DossierSteps.StepInput(null, commune.specialist.username(), List.of(), null), null))
                .isInstanceOf(AccessDeniedException.class);

        runLevel(district, code, false);
        runLevel(department, code, true);
        Waits.until("the result is published to the receiving desk", Duration.ofSeconds(60),
                () -> queries.dossier(desk, code.value()).openSteps().stream()
                        .anyMatch(s -> s.stepKey().equals("deskReturnsResult")));
        complete(desk, code, "deskReturnsResult", StepOutcome.HAND_OVER, null);

        Dossier dossier = dossier(code);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.getNationalStatus()).isEqualTo(10);
        assertThat(queries.dossier(desk, code.value()).clock()).extracting(DossierView.ClockView::kind)
                .containsExactly(LegalClock.Kind.START.name(), LegalClock.Kind.FINISH.name());
        assertThat(results.of(dossier.getId()).orElseThrow().getAgencyCode()).isEqualTo(BD_LABOUR);

        List<StepRecord> sheet = legalTime.controlSheet(dossier.getId());
        assertThat(sheet).extracting(StepRecord::getStepKey, StepRecord::getUnitCode, StepRecord::getLevel)
                .containsExactly(
                        row("deskReceives", PHU_CUONG, null),
                        row("unitHeadAssigns", PHU_CUONG, 1), row("specialistHandles", PHU_CUONG, 1),
                        row("unitHeadReviews", PHU_CUONG, 1), row("leaderApproves", PHU_CUONG, 1),
                        row("unitHeadAssigns", TDM_CITY, 2), row("specialistHandles", TDM_CITY, 2),
                        row("unitHeadReviews", TDM_CITY, 2), row("leaderApproves", TDM_CITY, 2),
                        row("unitHeadAssigns", BD_LABOUR, 3), row("specialistHandles", BD_LABOUR, 3),
                        row("unitHeadReviews", BD_LABOUR, 3), row("leaderApproves", BD_LABOUR, 3),
                        row("clerkIssues", BD_LABOUR, 3),
                        row("deskReturnsResult", PHU_CUONG, null));
        assertThat(sheet).allSatisfy(step -> {
            assertThat(step.getHolder()).isNotNull();
            assertThat(step.getFinishedAt()).isNotNull();
        });
        assertThat(sheet).filteredOn(step -> step.getLevel() != null)
                .allSatisfy(step -> assertThat(step.getDueAt()).as("due time of %s", step.getStepKey()).isNotNull());
        assertThat(queries.dossier(desk, code.value()).history()).extracting(DossierView.HistoryView::action)
                .contains("ACCEPTED", "ASSIGNED", "FORWARDED", "APPROVED", "RESULT_ISSUED", "RESULT_RETURNED");

        // An official of an unrelated unit (phường Thủ Dầu Một of Hồ Chí Minh City) neither reads nor acts.
        Actor unrelated = actors.get(DemoActors.SPECIALIST);
        assertThatThrownBy(() -> queries.dossier(unrelated, code.value())).isInstanceOf(AccessDeniedException.class);
        var http = PortalHttp.signedIn(base, DemoActors.SPECIALIST);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(
                URI.create(base + "api/v1/dossiers/" + code.value())).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("403");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                URI.create(base + "workspace/dossier.xhtml?code=" + code.value())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).as("the dossier page of an unrelated official")
                .contains("Bạn không có quyền xem hồ sơ này.")
                .doesNotContain(dossier.getApplicant().getName(), "data-outcome", "stepForm");
        // The receiving desk, an earlier holder, still reads it, and is offered no action.
        HttpResponse<String> deskPage = PortalHttp.signedIn(base, "motcua.phucuong").send(HttpRequest.newBuilder(
                URI.create(base + "workspace/dossier.xhtml?code=" + code.value())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deskPage.body()).contains(code.value(), "Nguyễn Văn An").doesNotContain("data-outcome");
    }

    @Test
    void afterTheReformTheSameProcedureGoesFromTheCommuneStraightToTheCityDepartment() throws Exception {
        clock.setTo(local(LocalDate.of(2025, 7, 15), 9));
        Level department = level(HCM_HOME_AFFAIRS, "sonoivu");
        Level commune = new Level(actors.get("truongphong.tdm"), actors.get(DemoActors.SPECIALIST),
                actors.get(DemoActors.LEADER), actors.get(DemoActors.CLERK));
        Actor desk = actors.get(DemoActors.DESK);

        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), request(DemoActors.COMMUNE));
        assertThat(dossier(code).getRoutePlan()).containsExactly("1:" + DemoActors.COMMUNE, "3:" + HCM_HOME_AFFAIRS);

        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        runLevel(commune, code, false);
        runLevel(department, code, true);
        Waits.until("the result is published to the receiving desk", Duration.ofSeconds(60),
                () -> queries.dossier(desk, code.value()).openSteps().stream()
                        .anyMatch(s -> s.stepKey().equals("deskReturnsResult")));
        complete(desk, code, "deskReturnsResult", StepOutcome.HAND_OVER, null);

        Dossier dossier = dossier(code);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        List<StepRecord> sheet = legalTime.controlSheet(dossier.getId());
        assertThat(sheet).extracting(StepRecord::getUnitCode).containsOnly(DemoActors.COMMUNE, HCM_HOME_AFFAIRS);
        assertThat(sheet).extracting(StepRecord::getLevel).containsOnly(null, 1, 3);
        // The district's allocations are unused; the department keeps its own (level 3 of the chain).
        assertThat(sheet.stream().filter(s -> Objects.equals(s.getLevel(), 3)).map(StepRecord::getStepKey).toList())
                .containsExactly("unitHeadAssigns", "specialistHandles", "unitHeadReviews", "leaderApproves",
                        "clerkIssues");
        assertThat(results.of(dossier.getId()).orElseThrow().getAgencyCode()).isEqualTo(HCM_HOME_AFFAIRS);
    }

    @Test
    void consultedUnitsHaveTheirOwnDueTimesAndASilentOneIsDeemedToAgree() throws Exception {
        clock.setTo(local(LocalDate.of(2025, 7, 21), 8));
        Level consulted = level(HCM_HOME_AFFAIRS, "sonoivu");
        String silent = "000.00.03.H29";
        Actor desk = actors.get(DemoActors.DESK);
        Actor head = actors.get(DemoActors.UNIT_HEAD);
        Actor specialist = actors.get(DemoActors.SPECIALIST);

        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), request(DemoActors.COMMUNE));
        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        steps.completeWith(head, onlyStep(head, code, "unitHeadAssigns").taskId(), StepOutcome.ASSIGN,
                new DossierSteps.StepInput(null, specialist.username(), List.of(), null), null);
        assertThatThrownBy(() -> steps.completeWith(specialist, onlyStep(specialist, code, "specialistHandles").taskId(),
                StepOutcome.CONSULT, new DossierSteps.StepInput("Xin ý kiến", null, List.of(DemoActors.COMMUNE), 2), null))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class);
        steps.completeWith(specialist, onlyStep(specialist, code, "specialistHandles").taskId(), StepOutcome.CONSULT,
                new DossierSteps.StepInput("Đề nghị cho ý kiến về hồ sơ liệt sĩ", null,
                        List.of(HCM_HOME_AFFAIRS, silent), 2), null);

        DossierView view = queries.dossier(specialist, code.value());
        assertThat(view.consultations()).extracting(DossierView.ConsultationView::unitCode, DossierView.ConsultationView::state)
                .containsExactlyInAnyOrder(row2(HCM_HOME_AFFAIRS, "OPEN"), row2(silent, "OPEN"));
        Instant due = view.consultations().get(0).dueAt();
        // Two working days from Monday 08:00 (the clock runs on after being set, hence the seconds).
        Instant wednesday = local(LocalDate.of(2025, 7, 23), 8);
        assertThat(due).isBetween(wednesday, wednesday.plusSeconds(30));
        complete(consulted.specialist, code, "consultationAnswers", StepOutcome.ANSWER, "Thống nhất, đúng đối tượng");

        clock.setTo(due.plus(Duration.ofMinutes(5)));
        Waits.until("the silent unit's consultation to default", Duration.ofSeconds(90),
                () -> queries.dossier(specialist, code.value()).consultations().stream()
                        .anyMatch(c -> c.unitCode().equals(silent) && c.state().equals("DEFAULTED")));
        Waits.until("the dossier to come back to its specialist", Duration.ofSeconds(60),
                () -> queries.dossier(specialist, code.value()).openSteps().stream()
                        .anyMatch(s -> s.stepKey().equals("specialistHandles") && !s.outcomes().isEmpty()));
        assertThat(queries.dossier(specialist, code.value()).consultations())
                .extracting(DossierView.ConsultationView::unitCode, DossierView.ConsultationView::state)
                .containsExactlyInAnyOrder(row2(HCM_HOME_AFFAIRS, "ANSWERED"), row2(silent, "DEFAULTED"));
        assertThat(queries.dossier(specialist, code.value()).history()).extracting(DossierView.HistoryView::action)
                .contains("CONSULTATION_REQUESTED", "CONSULTATION_ANSWERED", "CONSULTATION_DEFAULTED");
        // The consulted unit read the dossier while it was asked, and still does; it no longer acts.
        assertThat(queries.dossier(consulted.specialist, code.value()).openSteps())
                .allSatisfy(step -> assertThat(step.outcomes()).isEmpty());
    }

    @Test
    void theDeskAsksOnceForASupplementAndTheDossierComesBackToIntake() throws Exception {
        clock.setTo(local(LocalDate.of(2025, 7, 22), 9));
        Actor desk = actors.get(DemoActors.DESK);
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), request(DemoActors.COMMUNE));
        assertThatThrownBy(() -> complete(desk, code, "deskReceives", StepOutcome.REQUEST_SUPPLEMENT, " "))
                .isInstanceOf(IllegalArgumentException.class);
        complete(desk, code, "deskReceives", StepOutcome.REQUEST_SUPPLEMENT,
                "Bổ sung bản sao Bằng Tổ quốc ghi công\nBổ sung giấy tờ chứng minh quan hệ với liệt sĩ");
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(dossier(code).getNationalStatus()).isEqualTo(5);
        assertThat(queries.dossier(desk, code.value()).openSteps()).isEmpty();
        assertThatThrownBy(() -> steps.supplementReceived(actors.get(DemoActors.SPECIALIST), code.value(), null))
                .isInstanceOf(AccessDeniedException.class);

        clock.setTo(local(LocalDate.of(2025, 7, 24), 10));
        steps.supplementReceived(desk, code.value(), "Đã nộp đủ hai giấy tờ");
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(onlyStep(desk, code, "deskReceives").outcomes()).containsExactly("ACCEPT", "REFUSE");
        assertThatThrownBy(() -> complete(desk, code, "deskReceives", StepOutcome.REQUEST_SUPPLEMENT, "Lần hai"))
                .isInstanceOf(IllegalArgumentException.class);
        complete(desk, code, "deskReceives", StepOutcome.REFUSE, "Không đúng đối tượng hưởng chế độ");
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.NOT_RECEIVED);
        assertThat(pdfText(DemoActors.DESK, code, "supplement-request.pdf"))
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bổ sung bản sao Bằng Tổ quốc ghi công");
        assertThat(pdfText(DemoActors.DESK, code, "refusal.pdf"))
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Không đúng đối tượng hưởng chế độ");
    }

    @Test
    void aRefusalAfterAppraisalAtTheCommuneEndsTheChainThereWithAReasonedLetter() throws Exception {
        // Today's clock: the commune leader's signing certificate (issued when the demo signed) is valid from then.
        Actor desk = actors.get(DemoActors.DESK);
        Level commune = new Level(actors.get(DemoActors.UNIT_HEAD), actors.get(DemoActors.SPECIALIST),
                actors.get(DemoActors.LEADER), actors.get(DemoActors.CLERK));
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), request(DemoActors.COMMUNE));
        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        steps.completeWith(commune.head, onlyStep(commune.head, code, "unitHeadAssigns").taskId(), StepOutcome.ASSIGN,
                new DossierSteps.StepInput(null, commune.specialist.username(), List.of(), null), null);
        complete(commune.specialist, code, "specialistHandles", StepOutcome.PROPOSE_REFUSAL,
                "Người đề nghị không phải thân nhân của liệt sĩ theo giấy tờ đã nộp");
        complete(commune.head, code, "unitHeadReviews", StepOutcome.ENDORSE, null);
        DossierView.StepView leaderStep = onlyStep(commune.leader, code, "leaderApproves");
        assertThat(leaderStep.outcomes()).as("a refusal is decided where it is proposed")
                .containsExactly("APPROVE", "RETURN_FOR_REWORK");
        steps.complete(commune.leader, leaderStep.taskId(), StepOutcome.APPROVE, null,
                new DossierSteps.Signature(PortalHttp.PASSWORD.toCharArray(), SigningCapacity.HEAD));
        complete(commune.clerk, code, "clerkIssues", StepOutcome.ISSUE, null);
        Waits.until("the refusal letter is published to the desk", Duration.ofSeconds(60),
                () -> queries.dossier(desk, code.value()).openSteps().stream()
                        .anyMatch(s -> s.stepKey().equals("deskReturnsResult")));
        complete(desk, code, "deskReturnsResult", StepOutcome.SEND_BY_POST, "EB123456789VN");

        Dossier dossier = dossier(code);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.getReturnMethod()).isEqualTo(vn.motcua.dossier.domain.ReturnMethod.BY_POST);
        var result = results.of(dossier.getId()).orElseThrow();
        assertThat(result.getTitle()).isEqualTo("Thông báo từ chối giải quyết hồ sơ");
        assertThat(result.getAgencyCode()).isEqualTo(DemoActors.COMMUNE);
        assertThat(result.numberAndSymbol()).contains("/TB-UBND");
        assertThat(legalTime.controlSheet(dossier.getId())).extracting(StepRecord::getUnitCode)
                .as("the department never saw it").containsOnly(DemoActors.COMMUNE);
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(results.read(result.getDocumentId()))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ",
                "Người đề nghị không phải thân nhân của liệt sĩ", "khiếu nại");
    }

    @Test
    void aSupplementDuringAppraisalRestartsTheClockTheLeaderExtendsItOnceAndTheApplicantWithdraws() throws Exception {
        clock.setTo(local(LocalDate.of(2025, 8, 4), 8));
        Actor desk = actors.get(DemoActors.DESK);
        Actor head = actors.get(DemoActors.UNIT_HEAD);
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        Actor leader = actors.get(DemoActors.LEADER);
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), request(DemoActors.COMMUNE));
        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        steps.completeWith(head, onlyStep(head, code, "unitHeadAssigns").taskId(), StepOutcome.ASSIGN,
                new DossierSteps.StepInput(null, specialist.username(), List.of(), null), null);

        clock.setTo(local(LocalDate.of(2025, 8, 5), 9));
        complete(specialist, code, "specialistHandles", StepOutcome.REQUEST_SUPPLEMENT,
                "Bổ sung giấy xác nhận của Ủy ban nhân dân nơi liệt sĩ hy sinh");
        assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(queries.dossier(desk, code.value()).clockState()).isEqualTo("PAUSED");

        clock.setTo(local(LocalDate.of(2025, 8, 7), 10));
        steps.supplementReceived(desk, code.value(), "Đã nộp giấy xác nhận");
        DossierView resumed = queries.dossier(specialist, code.value());
        assertThat(resumed.status()).isEqualTo("PROCESSING");
        assertThat(resumed.clock()).extracting(DossierView.ClockView::kind).containsExactly("START", "PAUSE", "RESTART");
        assertThat(onlyStep(specialist, code, "specialistHandles").outcomes()).as("one supplement request only")
                .doesNotContain("REQUEST_SUPPLEMENT").contains("SUBMIT_DRAFT");

        Instant due = dossier(code).getDueAt();
        Instant later = due.plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        assertThatThrownBy(() -> steps.requestExtension(specialist, code.value(), later, "Chờ xác minh"))
                .isInstanceOf(AccessDeniedException.class);
        steps.requestExtension(leader, code.value(), later, "Cần xác minh thông tin liệt sĩ tại nơi hy sinh");
        complete(leader, code, "leaderSignsApology", StepOutcome.SIGN_APOLOGY, null);
        assertThat(dossier(code).getDueAt()).isEqualTo(later);
        assertThatThrownBy(() -> steps.requestExtension(leader, code.value(), later.plus(Duration.ofDays(2)), "Lần hai"))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class);

        steps.recordWithdrawal(desk, code.value(), "Người nộp có đơn xin rút hồ sơ ngày 08/8/2025");
        Dossier withdrawn = dossier(code);
        assertThat(withdrawn.getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.getNationalStatus()).isEqualTo(7);
        assertThat(queries.dossier(desk, code.value()).openSteps()).isEmpty();
        assertThat(queries.dossier(desk, code.value()).clockState()).isEqualTo("STOPPED");
        assertThat(pdfText(DemoActors.DESK, code, "stop-notice.pdf"))
                .contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", code.value(), "Điều 21");
    }

    /** The text of a dossier's PDF as an official fetches it over HTTP. */
    private String pdfText(String username, DossierCode code, String document) throws Exception {
        var http = PortalHttp.signedIn(base, username);
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/dossiers/"
                + code.value() + "/" + document)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(document).isEqualTo(200);
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(loaded);
        }
    }

    /** The officials of one level: unit head, specialist, leader and (at the deciding level) clerk. */
    record Level(Actor head, Actor specialist, Actor leader, Actor clerk) {
    }

    private Level level(String unit, String suffix) {
        return new Level(official("truongphong." + suffix, "Trưởng phòng " + suffix, Role.UNIT_HEAD, unit),
                official("chuyenvien." + suffix, "Chuyên viên " + suffix, Role.SPECIALIST, unit),
                official("lanhdao." + suffix, "Lãnh đạo " + suffix, Role.LEADER, unit),
                official("vanthu." + suffix, "Văn thư " + suffix, Role.CLERK, unit));
    }

    /** An official holding a role in a unit (created once: the integration tests share one database). */
    private Actor official(String username, String name, Role role, String unit) {
        Actor admin = actors.get(DemoActors.ADMIN);
        if (accounts.findByUsername(username).isEmpty()) {
            String demoPassword = accounts.findByUsername(DemoActors.LEADER).orElseThrow().getPasswordHash();
            officials.create(admin, username, name, null, null, demoPassword);
            officials.grant(admin, username, role, unit);
        }
        return actors.get(username);
    }

    /** One level's work: assign, appraise, review, and the leader forwards, or signs and the clerk issues. */
    private void runLevel(Level level, DossierCode code, boolean decides) {
        String assign = onlyStep(level.head, code, "unitHeadAssigns").taskId();
        steps.completeWith(level.head, assign, StepOutcome.ASSIGN,
                new DossierSteps.StepInput(null, level.specialist.username(), List.of(), null), null);
        complete(level.specialist, code, "specialistHandles", StepOutcome.SUBMIT_DRAFT, "Đủ điều kiện");
        complete(level.head, code, "unitHeadReviews", StepOutcome.ENDORSE, null);
        DossierView.StepView leaderStep = onlyStep(level.leader, code, "leaderApproves");
        if (decides) {
            assertThat(leaderStep.outcomes()).containsExactly("APPROVE", "RETURN_FOR_REWORK");
            steps.complete(level.leader, leaderStep.taskId(), StepOutcome.APPROVE, null,
                    new DossierSteps.Signature(PortalHttp.PASSWORD.toCharArray(), SigningCapacity.HEAD));
            complete(level.clerk, code, "clerkIssues", StepOutcome.ISSUE, null);
        } else {
            assertThat(leaderStep.outcomes()).containsExactly("FORWARD", "RETURN_FOR_REWORK");
            steps.complete(level.leader, leaderStep.taskId(), StepOutcome.FORWARD, null);
        }
    }

    private void complete(Actor official, DossierCode code, String step, StepOutcome outcome, String reason) {
        steps.complete(official, onlyStep(official, code, step).taskId(), outcome, reason);
    }

    private DossierView.StepView onlyStep(Actor official, DossierCode code, String step) {
        // Several units may hold the same step (parallel consultations): the official's own comes first.
        return queries.dossier(official, code.value()).openSteps().stream()
                .filter(s -> s.stepKey().equals(step))
                .sorted(java.util.Comparator.comparing(s -> s.outcomes().isEmpty())).findFirst()
                .orElseThrow(() -> new AssertionError("no open step " + step + " for " + official.username()));
    }

    private Dossier dossier(DossierCode code) {
        return dossiers.findByCode(code).orElseThrow();
    }

    private static org.assertj.core.groups.Tuple row2(String unit, String state) {
        return org.assertj.core.groups.Tuple.tuple(unit, state);
    }

    private static org.assertj.core.groups.Tuple row(String step, String unit, Integer level) {
        return org.assertj.core.groups.Tuple.tuple(step, unit, level);
    }

    private static Instant local(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BusinessTime.ZONE).toInstant();
    }

    private static FilingRequest request(String commune) {
        return new FilingRequest(PROCEDURE, commune, "Nguyễn Văn An", "079123456789", "0912345678",
                "congdan.an@example.invalid", Map.of("martyrName", "Nguyễn Văn Bảy", "relationship", "Con"));
    }
}
