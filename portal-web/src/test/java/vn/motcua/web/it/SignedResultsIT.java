package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.SigningNotConfirmedException;
import vn.motcua.results.ResultAccess;
import vn.motcua.results.ResultCheck;
import vn.motcua.results.ResultSummary;
import vn.motcua.results.ResultVerification;
import vn.motcua.results.SigningCapacity;

/**
 * Results as legal documents: the leader signs in the workflow after re-confirming, the clerk numbers and seals, and
 * the PDF carries two PAdES signatures that poppler's pdfsig and our own validator accept; one changed byte is
 * reported by both and by the public verification API; numbers stay gap-free under concurrent issuance.
 */
@ExtendWith(ArquillianExtension.class)
class SignedResultsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, Waits.class, PortalHttp.class,
                PdfSig.class, PdfSig.Signature.class, NumberTaker.class, WalkingSkeletonIT.class, Multipart.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DemoActors actors;

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Inject
    ResultAccess results;

    @Inject
    ResultVerification verification;

    @Inject
    NumberTaker numbers;

    @Inject
    DataSource dataSource;

    @Test
    void aResultIssuedThroughTheWorkflowCarriesTheLeadersSignatureAndTheAgencysSealThatTwoValidatorsAccept()
            throws Exception {
        DossierCode code = throughApproval();
        Actor desk = actors.get(DemoActors.DESK);
        ResultSummary signed = results.summary(desk, code.value()).orElseThrow();
        assertThat(signed.state()).isEqualTo("SIGNED");
        assertThat(signed.onBehalf()).isEqualTo("KT. CHỦ TỊCH");
        assertThat(signed.number()).isNull();
        assertThat(results.summary(actors.get(DemoActors.CITIZEN), code.value()))
                .as("the applicant sees the result once it is issued, not before").isEmpty();

        complete(actors.get(DemoActors.CLERK), code, "clerkIssues", StepOutcome.ISSUE);
        ResultSummary issued = results.summary(actors.get(DemoActors.CITIZEN), code.value()).orElseThrow();
        assertThat(issued.state()).isEqualTo("ISSUED");
        assertThat(issued.number()).matches("\\d+/[A-ZĐ]+-UBND");

        byte[] pdf = results.document(desk, code.value()).content();
        PdfSig pdfsig = PdfSig.trusting(get("pki/root.pem"));
        List<PdfSig.Signature> bypoppler = pdfsig.check(pdf);
        assertThat(bypoppler).as("pdfsig: the leader's signature, then the agency's seal").hasSize(2)
                .allSatisfy(s -> {
                    assertThat(s.valid()).isTrue();
                    assertThat(s.trusted()).isTrue();
                });
        assertThat(bypoppler.get(0).wholeDocument()).as("the leader's signature covers the first revision only")
                .isFalse();
        assertThat(bypoppler.get(1).wholeDocument()).as("the seal covers the whole document").isTrue();

        ResultCheck ours = verification.upload(pdf);
        assertThat(ours.dossierCode()).isEqualTo(code.value());
        assertThat(ours.number()).isEqualTo(issued.number());
        assertThat(ours.authentic()).isTrue();
        assertThat(ours.signatures()).hasSize(2).allSatisfy(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.signedAt()).isNotNull();
        });
        assertThat(ours.signatures()).extracting(s -> s.seal()).containsExactlyInAnyOrder(false, true);

        String key = issued.verificationUrl().substring(issued.verificationUrl().indexOf("?c=") + 3);
        String page = get("verify.xhtml?c=" + key);
        assertThat(page).contains("Văn bản hợp lệ", code.value(), issued.number());
    }

    @Test
    void theDemoResultIsSignedAndSealedToo() throws Exception {
        String key;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT verification_code FROM dossier_result WHERE state = 'ISSUED' ORDER BY id");
             ResultSet rs = query.executeQuery()) {
            assertThat(rs.next()).as("the demo data holds issued results").isTrue();
            key = rs.getString(1);
        }
        ResultCheck demo = verification.byKey(key).orElseThrow();
        assertThat(demo.authentic()).isTrue();
        byte[] pdf = verification.documentByKey(key).orElseThrow();
        assertThat(PdfSig.trusting(get("pki/root.pem")).check(pdf)).hasSize(2)
                .allSatisfy(s -> assertThat(s.valid()).isTrue());
    }

    @Test
    void oneChangedByteIsReportedAlteredByPdfsigOurValidatorAndTheVerificationApi() throws Exception {
        DossierCode code = throughApproval();
        complete(actors.get(DemoActors.CLERK), code, "clerkIssues", StepOutcome.ISSUE);
        byte[] pdf = results.document(actors.get(DemoActors.DESK), code.value()).content();
        byte[] altered = pdf.clone();
        int at = altered.length / 4;
        altered[at] = (byte) (altered[at] ^ 0x01);

        assertThat(PdfSig.trusting(get("pki/root.pem")).check(altered))
                .as("pdfsig").anySatisfy(s -> assertThat(s.valid()).isFalse());
        ResultCheck ours = verification.upload(altered);
        assertThat(ours.authentic()).isFalse();
        assertThat(ours.intact()).isFalse();
        assertThat(ours.matchesIssuedCopy()).isFalse();

        HttpResponse<String> api = postPdf(altered);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"intact\":false", "\"matchesIssuedCopy\":false");
        HttpResponse<String> original = postPdf(pdf);
        assertThat(original.body()).contains("\"intact\":true", "\"matchesIssuedCopy\":true",
                "\"dossierCode\":\"" + code.value() + "\"");
        assertThat(uploadToTheVerificationPage(altered)).as("the public page, given the altered copy")
                .contains("Văn bản đã bị thay đổi", code.value());
        assertThat(uploadToTheVerificationPage(pdf)).as("the public page, given the issued copy")
                .contains("Văn bản hợp lệ", code.value());
        HttpResponse<String> notPdf = post("api/v1/verifications", "text".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.statusCode()).as("not a PDF: a 4xx problem, not a 5xx").isEqualTo(400);
    }

    @Test
    void aWrongPasswordSignsNothingAndLeavesTheStepOpen() {
        DossierCode code = throughSubmission();
        Actor leader = actors.get(DemoActors.LEADER);
        String task = openStep(leader, code, "leaderApproves").taskId();

        assertThatThrownBy(() -> steps.complete(leader, task, StepOutcome.APPROVE, null,
                new DossierSteps.Signature("sai-mat-khau".toCharArray(), SigningCapacity.ON_BEHALF)))
                .isInstanceOf(SigningNotConfirmedException.class);
        assertThatThrownBy(() -> steps.complete(leader, task, StepOutcome.APPROVE, null))
                .isInstanceOf(SigningNotConfirmedException.class);

        DossierView after = queries.dossier(leader, code.value());
        assertThat(after.status()).isEqualTo("AWAITING_APPROVAL");
        assertThat(after.openSteps()).extracting(DossierView.StepView::stepKey).containsExactly("leaderApproves");
        assertThat(results.summary(leader, code.value())).isEmpty();
    }

    @Test
    void aDossierApprovedWithoutASignedResultIsNotIssuedAndTheClerkIsToldWhy() throws Exception {
        DossierCode code = throughApproval();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM dossier_result WHERE dossier_id = "
                     + "(SELECT id FROM dossier WHERE code = ?)")) {
            forget.setString(1, code.value());
            assertThat(forget.executeUpdate()).as("as if approved before results were signed").isEqualTo(1);
        }
        Actor clerk = actors.get(DemoActors.CLERK);

        assertThatThrownBy(() -> complete(clerk, code, "clerkIssues", StepOutcome.ISSUE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("chưa có kết quả được lãnh đạo ký số");
        DossierView after = queries.dossier(clerk, code.value());
        assertThat(after.status()).as("nothing of the issuance stored").isEqualTo("ISSUING");
        assertThat(after.openSteps()).extracting(DossierView.StepView::stepKey).containsExactly("clerkIssues");
    }

    @Test
    void documentNumbersStayGapFreeAndUniqueWhenTwoClerksIssueAtTheSameTime() throws Exception {
        String agency = "IT.NUMBERS." + System.nanoTime() % 100000;
        int year = 2026;
        assertThatThrownBy(() -> numbers.takeAndFail(agency, year)).isInstanceOf(IllegalStateException.class);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Integer>>> work = new ArrayList<>();
            for (int clerk = 0; clerk < 2; clerk++) {
                work.add(() -> IntStream.range(0, 150).mapToObj(i -> numbers.take(agency, year)).toList());
            }
            Set<Integer> all = new TreeSet<>();
            int taken = 0;
            for (Future<List<Integer>> done : clerks.invokeAll(work)) {
                taken += done.get().size();
                all.addAll(done.get());
            }
            assertThat(taken).isEqualTo(300);
            assertThat(all).as("unique, and gap-free from 1: the failed issuance gave its number back")
                    .hasSize(300).first().isEqualTo(1);
            assertThat(((TreeSet<Integer>) all).last()).isEqualTo(300);
        } finally {
            clerks.shutdownNow();
        }
    }

    private DossierCode throughSubmission() {
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), WalkingSkeletonIT.birthRegistration());
        complete(actors.get(DemoActors.DESK), code, "deskReceives", StepOutcome.ACCEPT);
        String handling = openStep(specialist, code, "specialistHandles").taskId();
        steps.claim(specialist, handling);
        steps.complete(specialist, handling, StepOutcome.SUBMIT_DRAFT, "Đủ điều kiện đăng ký khai sinh.");
        return code;
    }

    private DossierCode throughApproval() {
        DossierCode code = throughSubmission();
        Actor leader = actors.get(DemoActors.LEADER);
        steps.complete(leader, openStep(leader, code, "leaderApproves").taskId(), StepOutcome.APPROVE, null,
                new DossierSteps.Signature(PortalHttp.PASSWORD.toCharArray(), SigningCapacity.ON_BEHALF));
        return code;
    }

    private void complete(Actor official, DossierCode code, String step, StepOutcome outcome) {
        steps.complete(official, openStep(official, code, step).taskId(), outcome, null);
    }

    private DossierView.StepView openStep(Actor official, DossierCode code, String step) {
        return queries.dossier(official, code.value()).openSteps().stream()
                .filter(s -> s.stepKey().equals(step)).findFirst().orElseThrow();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    /** Uploads a copy through the public verification page's form, as a browser does; returns the page answered. */
    private String uploadToTheVerificationPage(byte[] pdf) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "verify.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(viewState.find()).as("the upload form's view state").isTrue();
        Multipart body = new Multipart()
                .field("uploadForm", "uploadForm")
                .field("uploadForm:check", "Kiểm tra")
                .field("jakarta.faces.ViewState", viewState.group(1))
                .file("uploadForm:file", "ban-sao.pdf", pdf);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "verify.xhtml"))
                        .header("Content-Type", body.contentType()).POST(body.publisher()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** A multipart/form-data body. */
    private static final class Multipart {
        private final String boundary = "----motcua" + System.nanoTime();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            bytes.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        HttpRequest.BodyPublisher publisher() {
            write("--" + boundary + "--\r\n");
            return HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
        }

        private void write(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private HttpResponse<String> postPdf(byte[] pdf) throws Exception {
        return post("api/v1/verifications", pdf);
    }

    private HttpResponse<String> post(String path, byte[] file) throws Exception {
        Multipart body = new Multipart().file("file", "ket-qua.pdf", file);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", body.contentType())
                        .header("Accept", "application/json")
                        .POST(body.publisher()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
