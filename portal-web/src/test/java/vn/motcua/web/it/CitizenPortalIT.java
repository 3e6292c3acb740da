package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 8, the citizen portal in a real browser: a newcomer registers, verifies the e-mail address from the message
 * the portal sent, files a full-online procedure with two uploads, pays in the sandbox gateway, answers the desk's
 * supplement request, downloads the signed result and rates the service; the public and citizen pages pass
 * axe-core's WCAG 2.1 A/AA rules. Screenshots are kept under target/it-artifacts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenPortalIT {

    /** Đăng ký thường trú: full online, lệ phí 10.000 đồng online, two required papers, the one-stop model. */
    private static final String PERMANENT_RESIDENCE = "1.004222";
    private static final String PASSWORD = "Cudan2026an";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL base;

    private BrowserSession browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewcomerRegistersFilesPaysAnswersASupplementDownloadsTheResultAndRates() throws Exception {
        browser = BrowserSession.open(base);
        String email = "tran.thi.lan." + System.nanoTime() + "@example.invalid";

        // Register, then verify the address from the e-mail the portal sent.
        browser.go("register.xhtml");
        browser.type("register:name", "Trần Thị Lan");
        browser.type("register:email", email);
        browser.type("register:phone", "0987654321");
        browser.type("register:password", PASSWORD);
        browser.type("register:passwordAgain", PASSWORD);
        browser.screenshot("20-register");
        browser.submit(By.id("register:submit"));
        assertThat(browser.find(By.id("done")).isDisplayed()).isTrue();
        var verification = TestMailServer.await(email, "Xác nhận địa chỉ thư điện tử", Duration.ofSeconds(90));
        Matcher link = Pattern.compile("\\S*verify-email\\.xhtml\\?token=\\S+").matcher(TestMailServer.body(verification));
        assertThat(link.find()).as("the verification link in the e-mail").isTrue();
        browser.go(link.group().substring(link.group().indexOf("verify-email.xhtml")));
        assertThat(browser.text(By.id("verified"))).contains("Đã xác nhận");
        browser.screenshot("21-email-verified");
        browser.signIn(email, PASSWORD);

        // File the procedure through the guided form, with two uploads.
        browser.go("citizen/file.xhtml?procedure=" + PERMANENT_RESIDENCE);
        new Select(browser.find(By.id("filing:unit"))).selectByValue(DemoActors.COMMUNE);
        browser.type("filing:personalId", "079186001234");
        browser.type("filing:phone", "0987654321");
        browser.screenshot("22-filing-step-1");
        browser.submit(By.id("filing:next"));
        declare();
        browser.submit(By.id("filing:next"));
        Path declaration = onePagePdf("to-khai-CT01");
        Path ownership = onePagePdf("hop-dong-mua-nha");
        browser.find(By.id("filing:components:0:file")).sendKeys(declaration.toString());
        browser.find(By.id("filing:components:1:file")).sendKeys(ownership.toString());
        browser.screenshot("23-filing-uploads");
        browser.submit(By.id("filing:next"));
        browser.submit(By.id("filing:next"));
        assertThat(browser.text(By.id("feesTotal"))).contains("10.000");
        browser.submit(By.id("filing:next"));
        assertThat(browser.text(By.id("checkComponents"))).contains("to-khai-CT01", "hop-dong-mua-nha");
        browser.screenshot("24-check-answers");
        browser.submit(By.id("filing:submit"));

        // The confirmation: code, QR code, what happens next.
        String code = browser.text(By.id("dossierCode"));
        assertThat(code).matches("000\\.30\\.01\\.H29-\\d{6}-\\d{4}");
        assertThat(browser.find(By.id("qrCode")).getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(browser.text(By.id("expectedAppointment"))).isNotBlank();
        browser.screenshot("25-confirmation");

        // Pay in the sandbox gateway.
        browser.find(By.cssSelector("#payFees a")).click();
        browser.submit(By.id("payForm:pay"));
        assertThat(browser.text(By.id("amount"))).contains("10.000");
        browser.screenshot("26-sandbox-gateway");
        browser.submit(By.id("sandboxPay:pay"));
        assertThat(browser.text(By.id("paymentConfirmed"))).contains("thành công");
        browser.screenshot("27-payment-confirmed");
        browser.signOut();

        // The desk asks for a supplement.
        browser.signIn(DemoActors.DESK);
        openAsOfficial(code);
        browser.find(By.cssSelector("textarea[id$=':reason']"))
                .sendKeys("Bổ sung giấy tờ chứng minh quan hệ nhân thân với chủ hộ");
        browser.submit(By.cssSelector("input[data-outcome='REQUEST_SUPPLEMENT']"));
        assertThat(browser.text(By.id("dossierStatus"))).isEqualTo("Yêu cầu bổ sung giấy tờ");
        browser.signOut();

        // The applicant answers it from the dossier's page.
        browser.signIn(email, PASSWORD);
        browser.go("citizen/dossier.xhtml?code=" + code);
        assertThat(browser.text(By.id("supplementItems"))).contains("quan hệ nhân thân");
        browser.find(By.id("supplementAnswerForm:supplementFile")).sendKeys(onePagePdf("giay-khai-sinh").toString());
        browser.submit(By.id("supplementAnswerForm:uploadSupplement"));
        browser.screenshot("28-supplement-uploaded");
        browser.submit(By.id("supplementAnswerForm:sendSupplement"));
        browser.screenshot("29-supplement-sent");
        browser.signOut();

        // The commune handles it: accept, assign, appraise, review, approve and sign, issue, deliver online.
        act(DemoActors.DESK, code, "ACCEPT");
        browser.signIn(DemoActors.UNIT_HEAD);
        openAsOfficial(code);
        new Select(browser.find(By.cssSelector("select[id$=':assignee']"))).selectByValue(DemoActors.SPECIALIST);
        browser.submit(By.cssSelector("input[data-outcome='ASSIGN']"));
        browser.signOut();
        act(DemoActors.SPECIALIST, code, "SUBMIT_DRAFT");
        act(DemoActors.UNIT_HEAD, code, "ENDORSE");
        browser.signIn(DemoActors.LEADER);
        openAsOfficial(code);
        browser.find(By.cssSelector("input[id$=':signingPassword']")).sendKeys(PortalHttp.PASSWORD);
        browser.submit(By.cssSelector("input[data-outcome='APPROVE']"));
        browser.signOut();
        act(DemoActors.CLERK, code, "ISSUE");
        browser.signIn(DemoActors.DESK);
        Waits.until("the result to be published", Duration.ofSeconds(90), () -> {
            browser.go("workspace/dossier.xhtml?code=" + code);
            return !browser.driver().findElements(By.cssSelector("input[data-outcome='DELIVER_ONLINE']")).isEmpty();
        });
        browser.submit(By.cssSelector("input[data-outcome='DELIVER_ONLINE']"));
        browser.signOut();

        // The applicant downloads the signed result and rates the service.
        browser.signIn(email, PASSWORD);
        browser.go("citizen/dossier.xhtml?code=" + code);
        HttpResponse<byte[]> result = browser.download(browser.find(By.id("downloadResult")).getAttribute("href"));
        assertThat(result.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(result.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(code);
            assertThat(pdf.getSignatureDictionaries()).isNotEmpty();
        }
        browser.screenshot("30-result-ready");
        browser.find(By.cssSelector("#ratingForm\\:satisfaction input[value='VERY_SATISFIED']")).click();
        browser.find(By.cssSelector("#ratingForm\\:convenience input[value='VERY_SATISFIED']")).click();
        browser.find(By.cssSelector("#ratingForm\\:overall input[value='SATISFIED']")).click();
        browser.type("ratingForm:ratingComment", "Nhanh, không phải đi lại");
        browser.submit(By.id("ratingForm:sendRating"));
        assertThat(browser.text(By.id("ratingGiven"))).contains("Rất hài lòng");
        browser.screenshot("31-rated");
    }

    /**
     * Acceptance 6 over HTTP, on the demo dossier the README names: wrong digits answer exactly as an unknown code;
     * after 10 failures for the code, even the right digits are refused for a while (the count is in the database).
     */
    @Test
    void aWrongSecondFactorRevealsNothingAndTenFailuresLockTheCode() throws Exception {
        String code = "000.30.01.H29-261102-0001";
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> right = status(http, code, "5678");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains(code, "Giải quyết chế độ trợ cấp ưu đãi").doesNotContain("079064002211");
        HttpResponse<String> unknown = status(http, "000.30.01.H29-261102-9999", "5678");
        assertThat(unknown.statusCode()).isEqualTo(404);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = status(http, code, "0000");
            assertThat(wrong.statusCode()).isEqualTo(404);
            assertThat(wrong.body()).isEqualTo(unknown.body());
        }
        HttpResponse<String> locked = status(http, code, "5678");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("retry-after")).isPresent();
        assertThat(locked.body()).doesNotContain("Giải quyết chế độ");
    }

    private HttpResponse<String> status(java.net.http.HttpClient http, String code, String phoneLast4)
            throws IOException, InterruptedException {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        base + "api/v1/dossiers/" + code + "/status?phoneLast4=" + phoneLast4))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publicAndCitizenPagesHaveNoWcagViolations() {
        browser = BrowserSession.open(base);
        browser.go("");
        browser.assertAccessible("home");
        browser.go("procedures.xhtml?q=khai+sinh");
        browser.assertAccessible("catalogue search");
        browser.go("procedure.xhtml?code=1.001193");
        browser.assertAccessible("procedure page");
        browser.go("lookup.xhtml");
        browser.assertAccessible("public lookup");
        browser.go("register.xhtml");
        browser.assertAccessible("registration");
        browser.go("login.xhtml");
        browser.assertAccessible("sign-in");
        // The check can fail: an image without a text alternative is reported.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('main').appendChild(document.createElement('img'))");
        assertThatThrownBy(() -> browser.assertAccessible("sign-in, spoiled")).hasMessageContaining("image-alt");

        browser.signIn(DemoActors.CITIZEN);
        browser.go("citizen/file.xhtml?procedure=" + PERMANENT_RESIDENCE);
        browser.assertAccessible("filing step 1");
        // Continuing without answers shows the error summary: checked as well.
        browser.submit(By.id("filing:next"));
        browser.assertAccessible("filing step 1 with errors");
        new Select(browser.find(By.id("filing:unit"))).selectByValue(DemoActors.COMMUNE);
        browser.type("filing:personalId", "074085001234");
        browser.type("filing:phone", "0912345678");
        browser.submit(By.id("filing:next"));
        browser.assertAccessible("filing step 2, the declaration");
        declare();
        browser.submit(By.id("filing:next"));
        browser.assertAccessible("filing step 3, the papers");
        browser.find(By.id("filing:components:0:file")).sendKeys(onePagePdfQuietly("to-khai"));
        browser.find(By.id("filing:components:1:file")).sendKeys(onePagePdfQuietly("giay-to-nha"));
        browser.submit(By.id("filing:next"));
        browser.assertAccessible("filing step 4, the result's delivery");
        browser.submit(By.id("filing:next"));
        browser.assertAccessible("filing step 5, the fees");
        browser.submit(By.id("filing:next"));
        browser.assertAccessible("check answers");
        browser.submit(By.id("filing:submit"));
        String code = browser.text(By.id("dossierCode"));
        browser.assertAccessible("confirmation");
        browser.go("citizen/dossiers.xhtml");
        browser.assertAccessible("my dossiers");
        browser.go("citizen/dossier.xhtml?code=" + code);
        browser.assertAccessible("a dossier's page");
        browser.go("citizen/profile.xhtml");
        browser.assertAccessible("profile");
        browser.signOut();
        browser.go("lookup.xhtml?code=" + code);
        browser.type("lookupForm:phoneLast4", "5678");
        browser.submit(By.id("lookupForm:search"));
        assertThat(browser.text(By.id("dossierCode"))).isEqualTo(code);
        browser.assertAccessible("public lookup, answered");
    }

    /** The declaration of form CT01: the residence, the head of household, the relationship. */
    private void declare() {
        java.util.List<String> answers = java.util.List.of("Số 12, đường Bạch Đằng, phường Thủ Dầu Một",
                "Trần Văn Hùng", "Con");
        for (int i = 0; i < answers.size(); i++) {
            browser.type("filing:fields:" + i + ":field", answers.get(i));
        }
    }

    private void act(String official, String code, String outcome) {
        browser.signIn(official);
        openAsOfficial(code);
        browser.submit(By.cssSelector("input[data-outcome='" + outcome + "']"));
        assertThat(browser.text(By.cssSelector("ul.messages"))).contains("Đã hoàn thành bước xử lý");
        browser.signOut();
    }

    private void openAsOfficial(String code) {
        browser.go("workspace/dossier.xhtml?code=" + code);
        assertThat(browser.text(By.id("dossierCode"))).isEqualTo(code);
        if (!browser.driver().findElements(By.cssSelector("input[id$=':claim']")).isEmpty()) {
            browser.submit(By.cssSelector("input[id$=':claim']"));
        }
    }

    private static String onePagePdfQuietly(String name) {
        try {
            return onePagePdf(name).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path onePagePdf(String name) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(name + ".pdf");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }
}
