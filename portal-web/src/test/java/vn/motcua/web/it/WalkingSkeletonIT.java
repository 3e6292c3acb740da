package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.audit.application.AuditEntryView;
import vn.motcua.audit.application.AuditQueries;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditVerification;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.audit.domain.ChainVerification;
import vn.motcua.documents.application.DocumentContent;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.documents.rendering.DossierReceipt;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.results.SigningCapacity;
import vn.motcua.notification.application.Inbox;
import vn.motcua.notification.application.InboxItemView;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.platform.jobs.JobOutcome;
import vn.motcua.platform.jobs.JobView;
import vn.motcua.platform.jobs.RecurringJobs;

/**
 * The walking skeleton: a birth registration (1.001193) filed online at a commune goes the whole way — received at
 * the desk, handled, approved, issued, published by the async step and returned — with dossier and process state
 * changing together at every step, each change in the audit trail with its actor and without personal IDs.
 */
@ExtendWith(ArquillianExtension.class)
class WalkingSkeletonIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, Waits.class, PortalHttp.class);
    }

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Inject
    DemoActors actors;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    RecurringJobs jobs;

    @Inject
    Inbox inbox;

    @Inject
    AuditQueries audit;

    @Inject
    AuditVerification auditVerification;

    @Inject
    AuditTrail auditTrail;

    @Inject
    HttpServletRequest testRequest;

    /** A standalone 12-digit number; digits inside a longer token (a hex hash, an id) are not a personal ID. */
    private static final Pattern PERSONAL_ID = Pattern.compile("(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])");
    private static final String ADMIN = "quantri";
    private static final String PASSWORD = "MotCua@2026";

    @Inject
    PdfRenderer renderer;

    @Inject
    DocumentStore documents;

    @Test
    void birthRegistrationGoesFromFilingToReturnedResult() {
        System.out.println("Walking skeleton on database: " + Deployments.database(dataSource));
        Actor citizen = actors.get(DemoActors.CITIZEN);
        Actor desk = actors.get(DemoActors.DESK);
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        Actor leader = actors.get(DemoActors.LEADER);
        Actor clerk = actors.get(DemoActors.CLERK);

        DossierCode code = filing.fileOnline(citizen, birthRegistration());
        assertThat(code.value()).matches("000\\.30\\.01\\.H29-\\d{6}-\\d{4}");
        DossierView filed = queries.dossier(citizen, code.value());
        assertThat(filed.status()).isEqualTo("SUBMITTED");
        assertThat(filed.nationalStatus()).isEqualTo(1);
        assertThat(filed.maskedPersonalId()).isEqualTo("*********789");
        assertThat(filed.fields()).containsEntry("childName", "Nguyễn Thị Bình An");

        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        assertThat(queries.dossier(desk, code.value()).status()).isEqualTo("RECEIVED");

        String appraisal = onlyStep(specialist, code, "specialistHandles").taskId();
        steps.claim(specialist, appraisal);
        assertThat(queries.dossier(specialist, code.value()).status()).isEqualTo("PROCESSING");
        steps.complete(specialist, appraisal, StepOutcome.SUBMIT_DRAFT, "Hồ sơ đầy đủ, đề nghị cấp.");

        complete(leader, code, "leaderApproves", StepOutcome.RETURN_FOR_REWORK, "Bổ sung nơi sinh chi tiết.");
        assertThat(queries.dossier(leader, code.value()).status()).isEqualTo("PROCESSING");
        String rework = onlyStep(specialist, code, "specialistHandles").taskId();
        steps.complete(specialist, rework, StepOutcome.SUBMIT_DRAFT, "Đã bổ sung.");
        approve(leader, code);
        complete(clerk, code, "clerkIssues", StepOutcome.ISSUE, null);

        Waits.until("the async publication step", Duration.ofSeconds(60),
                () -> "RESULT_READY".equals(queries.dossier(desk, code.value()).status()));
        complete(desk, code, "deskReturnsResult", StepOutcome.HAND_OVER, null);

        DossierView returned = queries.dossier(citizen, code.value());
        assertThat(returned.status()).isEqualTo("RETURNED");
        assertThat(returned.nationalStatus()).isEqualTo(10);
        assertThat(returned.openSteps()).isEmpty();
        assertThat(returned.history()).extracting(DossierView.HistoryView::action).containsExactly(
                "SUBMITTED", "ACCEPTED", "PROCESSING_STARTED", "DRAFT_SUBMITTED", "RETURNED_FOR_REWORK",
                "DRAFT_SUBMITTED", "APPROVED", "RESULT_ISSUED", "RESULT_READY", "RESULT_RETURNED");
        assertThat(returned.history()).filteredOn(h -> h.action().equals("RETURNED_FOR_REWORK"))
                .extracting(DossierView.HistoryView::note).containsExactly("Bổ sung nơi sinh chi tiết.");

        List<AuditEntryView> audited = audit.about(Actor.SYSTEM, AuditTrail.DOSSIER, code.value());
        assertThat(audited).extracting(AuditEntryView::action).as("every change of status, and the result's "
                + "signature and seal").containsExactly("SUBMITTED", "ACCEPTED", "PROCESSING_STARTED",
                "DRAFT_SUBMITTED", "RETURNED_FOR_REWORK", "DRAFT_SUBMITTED", "RESULT_SIGNED", "APPROVED",
                "RESULT_SEALED", "RESULT_ISSUED", "RESULT_READY", "RESULT_RETURNED");
        assertThat(audited).extracting(AuditEntryView::actor).containsExactly(DemoActors.CITIZEN, DemoActors.DESK,
                DemoActors.SPECIALIST, DemoActors.SPECIALIST, DemoActors.LEADER, DemoActors.SPECIALIST,
                DemoActors.LEADER, DemoActors.LEADER, DemoActors.CLERK, DemoActors.CLERK, "system", DemoActors.DESK);
        AuditEntryView published = audited.get(10);
        assertThat(published.actorKind()).isEqualTo("SYSTEM");
        assertThat(published.clientAddress()).as("the async step runs outside any request").isEqualTo("system");
        assertThat(audited.get(4).reason()).isEqualTo("Bổ sung nơi sinh chi tiết.");
    }

    @Test
    void theAuditTrailNamesWhoActedHidesPersonalIdsAndVerifies() throws Exception {
        Actor citizen = actors.get(DemoActors.CITIZEN);
        Actor desk = actors.get(DemoActors.DESK);
        DossierCode code = filing.fileOnline(citizen, birthRegistration());
        complete(desk, code, "deskReceives", StepOutcome.REFUSE,
                "Tờ khai thiếu chữ ký của người mẹ; người nộp CCCD 079123456789, gọi 0912345678.");

        List<AuditEntryView> audited = audit.about(Actor.SYSTEM, AuditTrail.DOSSIER, code.value());
        assertThat(audited).extracting(AuditEntryView::action).containsExactly("SUBMITTED", "REFUSED");
        AuditEntryView filed = audited.get(0);
        assertThat(filed.actor()).isEqualTo(DemoActors.CITIZEN);
        assertThat(filed.actorKind()).isEqualTo("CITIZEN");
        assertThat(filed.afterSummary()).contains("SUBMITTED", "1.001193", DemoActors.COMMUNE);
        AuditEntryView refused = audited.get(1);
        assertThat(refused.actor()).isEqualTo(DemoActors.DESK);
        assertThat(refused.actorKind()).isEqualTo("OFFICIAL");
        assertThat(refused.actorUnit()).isEqualTo(DemoActors.COMMUNE);
        assertThat(refused.clientAddress()).as("recorded from the test's HTTP request").isNotEqualTo("system");
        assertThat(refused.beforeSummary()).contains("SUBMITTED");
        assertThat(refused.reason()).isEqualTo(
                "Tờ khai thiếu chữ ký của người mẹ; người nộp CCCD *********789, gọi *******678.");
        assertThat(auditTexts()).as("audit rows holding a 12-digit personal ID")
                .noneMatch(text -> PERSONAL_ID.matcher(text).find());

        assertThatThrownBy(() -> auditTrail.record(desk, new AuditedChange("STOPPED", AuditTrail.DOSSIER,
                code.value(), DemoActors.COMMUNE, null, null, "Dừng theo yêu cầu")))
                .as("an entry only ever joins a use case's transaction")
                .isInstanceOf(TransactionalException.class);
        ChainVerification chain = auditVerification.verify(Actor.SYSTEM);
        assertThat(chain.ok()).as("chain verification: %s", chain.detail()).isTrue();
        assertThat(chain.entries()).isGreaterThanOrEqualTo(2);

        HttpClient http = signedIn(desk.username());
        HttpResponse<String> refusedCall = get(http, "api/admin/audit/verification");
        assertThat(refusedCall.statusCode()).isEqualTo(403);
        assertThat(refusedCall.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get(http, "admin/audit.xhtml").statusCode()).isEqualTo(403);

        HttpClient admin = signedIn(ADMIN);
        HttpResponse<String> verified = get(admin, "api/admin/audit/verification");
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("\"ok\":true", "\"entries\":");
        HttpResponse<String> page = get(admin, "admin/audit.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký kiểm toán", code.value(), "*********789");
        assertThat(PERSONAL_ID.matcher(page.body()).find()).as("a 12-digit number on the audit page").isFalse();
    }

    /** The administrators' pages answer administrators only, and show the platform's state in Vietnamese. */
    @Test
    void theAdministrationPagesShowTheOutboxAndTheJobsToAdministratorsOnly() throws Exception {
        HttpClient desk = signedIn(actors.get(DemoActors.DESK).username());
        assertThat(get(desk, "admin/outbox.xhtml").statusCode()).isEqualTo(403);
        assertThat(get(desk, "admin/jobs.xhtml").statusCode()).isEqualTo(403);
        assertThat(get(desk, "workspace/inbox.xhtml").body()).contains("Hộp thư thông báo");

        HttpClient admin = signedIn(ADMIN);
        HttpResponse<String> outbox = get(admin, "admin/outbox.xhtml");
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).as("the page opens on dead letters, with counts per status")
                .contains("Hàng đợi gửi tin", "id=\"outboxCounts\"", "Đã gửi: ");
        assertThat(outbox.body()).doesNotContain("Đã gửi: 0<");
        HttpResponse<String> jobsPage = get(admin, "admin/jobs.xhtml");
        assertThat(jobsPage.statusCode()).isEqualTo(200);
        assertThat(jobsPage.body()).contains("Đối soát hồ sơ với quy trình xử lý", "Nhắc việc sắp đến hạn và quá hạn");
        assertThat(PERSONAL_ID.matcher(outbox.body() + jobsPage.body()).find()).isFalse();
    }

    @Test
    void theCatalogueAndOrganisationPagesAnswerTheirAudiences() throws Exception {
        HttpClient desk = signedIn(actors.get(DemoActors.DESK).username());
        for (String page : List.of("admin/catalogue.xhtml", "admin/procedure.xhtml?code=1.000894",
                "admin/units.xhtml", "admin/officials.xhtml")) {
            assertThat(get(desk, page).statusCode()).as(page).isEqualTo(403);
        }
        HttpClient admin = signedIn(ADMIN);
        assertThat(page(admin, "admin/catalogue.xhtml")).contains("Danh mục thủ tục hành chính", "1.000894");
        assertThat(page(admin, "admin/procedure.xhtml?code=1.000894")).contains("Sửa thủ tục", "Đăng ký kết hôn");
        assertThat(page(admin, "admin/units.xhtml")).contains("Cơ cấu tổ chức", "000.30.01.H29");
        String officials = page(admin, "admin/officials.xhtml");
        assertThat(officials).contains("Cán bộ và phân quyền", "chuyenvien.tdm");
        assertThat(PERSONAL_ID.matcher(officials).find()).isFalse();

        HttpResponse<String> districts = get(desk, "units.xhtml?at=2025-06-30&level=DISTRICT");
        assertThat(districts.statusCode()).isEqualTo(200);
        assertThat(districts.body()).contains("Thuận An", "Dĩ An", "Phú Giáo");
        HttpResponse<String> search = get(desk, "procedures.xhtml?q=dang+ky+khai+tu");
        assertThat(search.body()).contains("data-code=\"1.000656\"");
        assertThat(get(desk, "procedure.xhtml?code=9.999999").statusCode()).isEqualTo(404);
    }

    /** Every text column of every audit row. */
    private List<String> auditTexts() throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT actor_username, actor_unit, client_address, action, "
                     + "object_code, before_summary, after_summary, reason FROM audit_entry")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (rs.getString(i) != null) {
                        texts.add(rs.getString(i));
                    }
                }
            }
        }
        assertThat(texts).isNotEmpty();
        return texts;
    }

    /** An HTTP client signed in through the sign-in form, as a browser would be. */
    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = get(http, "login.xhtml");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(viewState.find()).as("the sign-in form's view state").isTrue();
        String body = Map.of("signin", "signin", "signin:username", username, "signin:password", PASSWORD,
                        "signin:submit", "submit", "jakarta.faces.ViewState", viewState.group(1))
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as("landing page after signing in").endsWith("/workspace/index.xhtml");
        return http;
    }

    /** The body of a page that must answer 200 (the assertion names the page, the status and where it ended). */
    private String page(HttpClient http, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(http, path);
        assertThat(response.statusCode()).as("status of %s (answered from %s)", path, response.uri()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The application's root URL, as the test's own request reached it. */
    private String base() {
        return "http://127.0.0.1:" + testRequest.getLocalPort() + testRequest.getContextPath() + "/";
    }

    @Test
    void onlyTheHolderOfTheStepsUnitAndRoleMayAct() {
        Actor citizen = actors.get(DemoActors.CITIZEN);
        DossierCode code = filing.fileOnline(citizen, birthRegistration());
        String intake = onlyStep(actors.get(DemoActors.DESK), code, "deskReceives").taskId();

        assertThatThrownBy(() -> steps.complete(actors.get(DemoActors.SPECIALIST), intake, StepOutcome.ACCEPT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.complete(citizen, intake, StepOutcome.ACCEPT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.dossier(actors.get("chuyenvien.sonoivu"), code.value()))
                .as("an official of a unit the dossier never reached")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.dossier(actors.get(DemoActors.SUPERVISOR), code.value()).code())
                .as("the province's supervisor opens the dossiers of their subtree (supervision's drill-down)")
                .isEqualTo(code.value());
        assertThatThrownBy(() -> steps.complete(actors.get(DemoActors.DESK), intake, StepOutcome.REFUSE, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(queries.dossier(citizen, code.value()).status()).isEqualTo("SUBMITTED");

        steps.complete(actors.get(DemoActors.DESK), intake, StepOutcome.REFUSE, "Tờ khai thiếu chữ ký.");
        DossierView refused = queries.dossier(citizen, code.value());
        assertThat(refused.status()).isEqualTo("NOT_RECEIVED");
        assertThat(refused.nationalStatus()).isEqualTo(3);
        assertThat(refused.openSteps()).isEmpty();
    }

    /** The demo loader filed and moved these through the application services with the clock set back. */
    @Test
    void theDemoHoldsDossiersInEveryStateIncludingOverdueOnesEachWithALiveProcess() {
        Actor desk = actors.get(DemoActors.DESK);
        List<DossierView> demo = queries.myDossiers(actors.get(DemoActors.CITIZEN)).stream()
                .filter(d -> d.submittedAt().isBefore(java.time.Instant.now().minus(Duration.ofMinutes(30))))
                .toList();

        // The browser test may advance one overdue demo dossier (received or in processing) to the leader.
        assertThat(demo).extracting(DossierView::status).contains("SUBMITTED", "PROCESSING", "AWAITING_APPROVAL",
                "ISSUING", "RESULT_READY", "RETURNED", "NOT_RECEIVED");
        assertThat(demo).hasSizeGreaterThanOrEqualTo(11);
        assertThat(demo).extracting(DossierView::timeliness).contains("OVERDUE", "EARLY", "LATE");
        assertThat(demo).extracting(DossierView::procedureCode).contains("1.001193", "1.000894", "1.013225");
        assertThat(demo).filteredOn(d -> d.status().equals("RETURNED"))
                .allSatisfy(d -> assertThat(d.history()).extracting(DossierView.HistoryView::action)
                        .contains("RESULT_READY", "RESULT_RETURNED"));
        // Ended dossiers, and those waiting for the applicant (a supplement, a fee), have no official's step open; a
        // demo dossier waiting for a supplement may also have been closed by its timer while another test class had
        // the clock moved ahead (the test classes share one database).
        assertThat(demo).filteredOn(d -> !List.of("RETURNED", "NOT_RECEIVED", "STOPPED", "WITHDRAWN",
                        "AWAITING_SUPPLEMENT", "AWAITING_FINANCIAL_OBLIGATION").contains(d.status()))
                .allSatisfy(d -> assertThat(queries.dossier(desk, d.code()).openSteps())
                        .as("open steps of demo dossier %s", d.code()).isNotEmpty());
        assertThat(demo).filteredOn(d -> d.dueAt() != null)
                .allSatisfy(d -> assertThat(d.dueAt()).isAfter(d.receivedAt()));
    }

    @Test
    void theWorkflowReconciliationIsRegisteredAndRunsWhenAnAdministratorAsks() {
        Actor admin = actors.get(DemoActors.ADMIN);
        DossierCode open = filing.fileOnline(actors.get(DemoActors.CITIZEN), birthRegistration());
        JobView before = reconciliation(admin);
        assertThat(before.installed()).isTrue();
        assertThat(before.schedule()).isEqualTo("30 2 * * *");

        jobs.runNow(admin, before.name());
        Waits.until("the reconciliation run", Duration.ofSeconds(30), () -> {
            JobView now = reconciliation(admin);
            return now.runCount() > before.runCount() && now.lockOwner() == null;
        });

        JobView after = reconciliation(admin);
        System.out.println("Reconciliation after filing " + open.value() + ": " + after.lastMessage());
        assertThat(after.lastOutcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(after.lastMessage()).startsWith("Checked ").endsWith("All consistent.");
        assertThat(jobs.runs(admin, before.name(), 1)).singleElement()
                .satisfies(run -> assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED));
        assertThatThrownBy(() -> jobs.runNow(actors.get(DemoActors.DESK), before.name()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The demo holds overdue steps; their holders hear of it once, however often the scan runs. */
    @Test
    void holdersOfOverdueStepsGetOneInboxNoticeEach() {
        Actor admin = actors.get(DemoActors.ADMIN);
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        for (int run = 0; run < 2; run++) {
            long runsBefore = job(admin, "deadline-notices").runCount();
            jobs.runNow(admin, "deadline-notices");
            Waits.until("the deadline scan", Duration.ofSeconds(30), () -> {
                JobView now = job(admin, "deadline-notices");
                return now.runCount() > runsBefore && now.lockOwner() == null;
            });
            assertThat(job(admin, "deadline-notices").lastOutcome()).isEqualTo(JobOutcome.SUCCEEDED);
        }
        Waits.until("an overdue notice in the specialist's inbox", Duration.ofSeconds(30),
                () -> inbox.latest(specialist).stream().anyMatch(n -> n.kind() == InboxKind.OVERDUE));
        List<InboxItemView> overdue = inbox.latest(specialist).stream()
                .filter(n -> n.kind() == InboxKind.OVERDUE).toList();
        assertThat(overdue).extracting(n -> n.dossierCode() + "/" + n.stepKey()).doesNotHaveDuplicates();
        // Other classes move the clock ahead, and the steps' timers then send notices "from the future": each notice
        // must still come after the due time of the step it names, whenever it was sent.
        assertThat(overdue).allSatisfy(n -> assertThat(queries.dossier(specialist, n.dossierCode()).controlSheet())
                .as("the step of %s", n).anySatisfy(row -> {
                    assertThat(row.stepKey()).isEqualTo(n.stepKey());
                    assertThat(row.dueAt()).isBefore(n.createdAt());
                }));
    }

    private JobView job(Actor admin, String name) {
        return jobs.jobs(admin).stream().filter(job -> job.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not registered"));
    }

    private JobView reconciliation(Actor admin) {
        return jobs.jobs(admin).stream().filter(job -> job.name().equals("workflow-reconciliation")).findFirst()
                .orElseThrow(() -> new AssertionError("workflow-reconciliation is not registered"));
    }

    @Test
    void theDeskIssuesTheReceiptOfAFiledDossierAsAStoredPdf() throws java.io.IOException {
        Actor desk = actors.get(DemoActors.DESK);
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), birthRegistration());
        DossierReceipt receipt = new DossierReceipt("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "1", "Thủ Dầu Một",
                LocalDate.of(2026, 11, 21), code.value(), "Bộ phận Một cửa phường Thủ Dầu Một", "Nguyễn Văn An",
                null, "0912345678", null, "Đăng ký khai sinh",
                List.of(new DossierReceipt.Component("Tờ khai đăng ký khai sinh", "Bản điện tử")), 1,
                "01 ngày làm việc", LocalDateTime.of(2026, 11, 21, 9, 0), LocalDateTime.of(2026, 11, 22, 9, 0),
                "Bộ phận Một cửa phường Thủ Dầu Một", "Nguyễn Thị Thu Hà", "https://motcua.example/tra-cuu/" + code.value());

        byte[] pdf = renderer.render(DossierReceipt.TEMPLATE, receipt);
        StoredDocument stored = documents.store(desk, new java.io.ByteArrayInputStream(pdf), "giay-tiep-nhan.pdf",
                "application/pdf", DocumentPurpose.ISSUED);

        assertThat(stored.pageCount()).isEqualTo(1);
        try (DocumentContent content = documents.open(desk, stored.id())) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(pdf);
        }
    }

    private void approve(Actor leader, DossierCode code) {
        steps.complete(leader, onlyStep(leader, code, "leaderApproves").taskId(), StepOutcome.APPROVE, null,
                new DossierSteps.Signature(PortalHttp.PASSWORD.toCharArray(), SigningCapacity.ON_BEHALF));
    }

    private void complete(Actor official, DossierCode code, String step, StepOutcome outcome, String reason) {
        steps.complete(official, onlyStep(official, code, step).taskId(), outcome, reason);
    }

    private DossierView.StepView onlyStep(Actor official, DossierCode code, String step) {
        DossierView view = queries.dossier(official, code.value());
        assertThat(view.openSteps()).extracting(DossierView.StepView::stepKey).contains(step);
        return view.openSteps().stream().filter(s -> s.stepKey().equals(step)).findFirst().orElseThrow();
    }

    static FilingRequest birthRegistration() {
        return new FilingRequest("1.001193", DemoActors.COMMUNE, "Nguyễn Văn An", "079123456789", "0912345678",
                "congdan.an@example.invalid", Map.of(
                        "childName", "Nguyễn Thị Bình An",
                        "childBirthDate", "02/11/2026",
                        "childSex", "Nữ",
                        "childBirthPlace", "Bệnh viện đa khoa tỉnh Bình Dương",
                        "motherName", "Trần Thị Hoa",
                        "fatherName", "Nguyễn Văn An"));
    }
}
