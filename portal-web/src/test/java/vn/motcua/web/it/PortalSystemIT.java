package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal as its users and operators reach it over HTTP: platform endpoints, the Vietnamese home page, and the
 * walking skeleton in a real browser — a citizen files, the desk, specialist, leader and clerk act, the desk returns
 * the result, and the citizen sees it returned.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSystemIT {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void healthMetricsAndOpenApiAnswer() throws Exception {
        HttpResponse<String> ready = get(serverRoot() + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "\"database\"", "\"workflow-engine\"");
        assertThat(get(serverRoot() + "/metrics").statusCode()).isEqualTo(200);
        HttpResponse<String> openapi = get(serverRoot() + "/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/procedures");
    }

    @Test
    void homePageSpeaksVietnamese() throws Exception {
        HttpResponse<String> home = get(base.toString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"vi\"", "Dịch vụ công trực tuyến", "Đăng ký khai sinh");
    }

    @Test
    void anUnauthenticatedApiCallGets401AndAStrangersDossierIsNotFound() throws Exception {
        HttpResponse<String> anonymous = get(base + "api/v1/dossiers/000.30.01.H29-261121-0001");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("\"status\":401");
        HttpResponse<String> unknown = get(base + "api/v1/procedures/9.999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anUploadIsCheckedByContentAndReadBackAsStored() throws Exception {
        HttpClient citizen = signedIn(DemoActors.CITIZEN);
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';

        HttpResponse<String> refused = upload(citizen, "hoso.pdf", "application/pdf", program);

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":415", "Tệp \\\"hoso.pdf\\\" không được chấp nhận",
                "tệp chương trình chạy được");

        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        HttpResponse<String> created = upload(citizen, "Tờ khai.pdf", "application/pdf", pdf);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"mediaType\":\"application/pdf\"", "\"pageCount\":1",
                "\"originalName\":\"Tờ khai.pdf\"", "\"createdBy\":\"congdan.an\"");
        String location = created.headers().firstValue("location").orElseThrow();
        HttpResponse<byte[]> download = citizen.send(HttpRequest.newBuilder(URI.create(location))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("content-type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(get(location).statusCode()).isEqualTo(401);
    }

    @Test
    void birthRegistrationTravelsTheWholeWayInTheBrowser() throws Exception {
        browser = Browser.start();
        browser.get(base.toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dịch vụ công trực tuyến");
        submit(By.id("languageForm:toEnglish"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Online public services");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        submit(By.id("languageForm:toVietnamese"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dịch vụ công trực tuyến");

        signIn(DemoActors.CITIZEN);
        browser.get(base + "citizen/file.xhtml?procedure=1.001193");
        assertThat(browser.findElement(By.cssSelector(".caption")).getText()).isEqualTo("Đăng ký khai sinh");
        fileThroughTheGuidedForm(List.of("Nguyễn Thị Bình An", "02/11/2026", "Nữ",
                "Bệnh viện đa khoa tỉnh Bình Dương", "Trần Thị Hoa", "Nguyễn Văn An"), 2);
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Hồ sơ đã được nộp thành công");
        String code = browser.findElement(By.id("dossierCode")).getText();
        assertThat(code).matches("000\\.30\\.01\\.H29-\\d{6}-\\d{4}");
        Browser.screenshot(browser, "02-citizen-confirmation");
        signOut();

        act(DemoActors.DESK, code, "ACCEPT");
        Browser.screenshot(browser, "03-desk-accepted");
        signOut();
        signIn(DemoActors.SPECIALIST);
        openFromWorklist(code);
        submit(By.cssSelector("input[id$=':claim']"));
        assertThat(status()).isEqualTo("Đang xử lý");
        submit(By.cssSelector("input[data-outcome='SUBMIT_DRAFT']"));
        assertThat(status()).isEqualTo("Đang chờ phê duyệt");
        signOut();
        signIn(DemoActors.LEADER);
        openFromWorklist(code);
        browser.findElement(By.cssSelector("input[id$=':signingPassword']")).sendKeys(PortalHttp.PASSWORD);
        submit(By.cssSelector("input[data-outcome='APPROVE']"));
        assertThat(browser.findElement(By.cssSelector("ul.messages")).getText()).contains("Đã duyệt và ký số kết quả");
        assertThat(browser.findElement(By.id("resultState")).getText()).contains("Lãnh đạo đã ký số");
        signOut();
        act(DemoActors.CLERK, code, "ISSUE");
        assertThat(browser.findElement(By.id("resultNumber")).getText()).matches("\\d+/GCN-UBND|\\d+/KQ-UBND");
        String verification = browser.findElement(By.cssSelector("a[id$='resultVerify']")).getAttribute("href");
        Browser.screenshot(browser, "03b-clerk-issued-signed-result");
        signOut();
        // The printed link names the configured public address; the test server listens elsewhere.
        browser.get(base + verification.substring(verification.indexOf("verify.xhtml")));
        assertThat(browser.findElement(By.id("verdictText")).getText()).startsWith("Văn bản hợp lệ");
        assertThat(browser.findElement(By.id("dossierCode")).getText()).isEqualTo(code);
        assertThat(browser.findElements(By.cssSelector("#signatures tr[data-valid='true']"))).hasSize(2);
        Browser.screenshot(browser, "03c-public-verification-page");

        signIn(DemoActors.DESK);
        Waits.until("the result to be published", Duration.ofSeconds(60), () -> {
            browser.get(base + "workspace/dossier.xhtml?code=" + code);
            return status().equals("Đã có kết quả");
        });
        submit(By.cssSelector("input[data-outcome='HAND_OVER']"));
        assertThat(status()).isEqualTo("Đã trả kết quả");
        Browser.screenshot(browser, "04-desk-returned");
        signOut();

        signIn(DemoActors.CITIZEN);
        browser.get(base + "citizen/dossiers.xhtml");
        assertThat(browser.findElement(By.id("myDossiers")).getText()).contains(code, "Đã trả kết quả");
        Browser.screenshot(browser, "05-citizen-my-dossiers");
    }

    /**
     * Issue 7, acceptance 5, with the procedure the demo routes across levels (commune, then the city department after
     * the 2025 reform): the desk accepts the online dossier and prints its receipt; the unit head assigns it to a
     * specialist; the specialist completes the appraisal; each worklist follows.
     */
    @Test
    void theDeskAcceptsAndPrintsTheReceiptTheUnitHeadAssignsTheSpecialistCompletesAndWorklistsFollow()
            throws Exception {
        browser = Browser.start();
        signIn(DemoActors.CITIZEN);
        browser.get(base + "citizen/file.xhtml?procedure=1.010801");
        fileThroughTheGuidedForm(List.of("Nguyễn Văn Bảy", "GCN-1985-0421", "Con"), 2);
        String code = browser.findElement(By.id("dossierCode")).getText();
        signOut();

        act(DemoActors.DESK, code, "ACCEPT");
        String receipt = browser.findElement(By.id("receiptPdf")).getAttribute("href");
        Browser.screenshot(browser, "09-desk-accepted-receipt-link");
        signOut();
        HttpClient desk = PortalHttp.signedIn(base, DemoActors.DESK);
        HttpResponse<byte[]> pdf = desk.send(HttpRequest.newBuilder(URI.create(serverRoot()
                + receipt.substring(receipt.indexOf("/api/")))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).hasValue("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ", code, "Giải quyết chế độ trợ cấp ưu đãi");
        }

        signIn(DemoActors.UNIT_HEAD);
        assertThat(worklistRow(code).getText()).contains("Phân công xử lý");
        openFromWorklist(code);
        new Select(browser.findElement(By.cssSelector("select[id$=':assignee']"))).selectByValue(DemoActors.SPECIALIST);
        submit(By.cssSelector("input[data-outcome='ASSIGN']"));
        assertThat(browser.findElement(By.cssSelector("ul.messages")).getText()).contains("Đã hoàn thành bước xử lý");
        assertThat(status()).isEqualTo("Đang xử lý");
        Browser.screenshot(browser, "10-unit-head-assigned");
        signOut();

        signIn(DemoActors.SPECIALIST);
        assertThat(worklistRow(code).getText()).contains("Thụ lý, thẩm định", "chuyenvien.tdm");
        openFromWorklist(code);
        browser.findElement(By.cssSelector("textarea[id$=':reason']")).sendKeys("Đủ điều kiện hưởng trợ cấp");
        submit(By.cssSelector("input[data-outcome='SUBMIT_DRAFT']"));
        assertThat(status()).isEqualTo("Đang chờ phê duyệt");
        browser.get(base + "workspace/index.xhtml");
        assertThat(browser.findElements(By.linkText(code))).isEmpty();
        signOut();

        signIn(DemoActors.UNIT_HEAD);
        assertThat(worklistRow(code).getText()).contains("Xem xét dự thảo");
        Browser.screenshot(browser, "11-unit-head-worklist-after-specialist");
        signOut();
    }

    /** The row of a dossier in the signed-in official's worklist. */
    private WebElement worklistRow(String code) {
        browser.get(base + "workspace/index.xhtml");
        return browser.findElement(By.id("worklist")).findElement(By.xpath(".//tr[.//a[text()='" + code + "']]"));
    }

    @Test
    void citizenFindsAProcedureByKeywordWithoutDiacritics() {
        browser = Browser.start();
        browser.get(base.toString());
        browser.findElement(By.id("proceduresLink")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.findElements(By.id("q")).isEmpty());
        WebElement query = browser.findElement(By.id("q"));
        query.sendKeys("dang ky ket hon");
        submit(By.id("search"));
        assertThat(browser.getCurrentUrl()).contains("procedures.xhtml", "q=dang+ky+ket+hon");
        WebElement first = browser.findElements(By.cssSelector("a.procedure-link")).get(0);
        assertThat(first.getAttribute("data-code")).isEqualTo("1.000894");
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("procedure.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng ký kết hôn");
        assertThat(browser.findElement(By.id("file-online")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "08-citizen-procedure-page");
    }

    @Test
    void overdueDemoWorkIsFlaggedAndCanBeAdvancedFromTheWorklist() {
        browser = Browser.start();
        signIn(DemoActors.SPECIALIST);
        browser.get(base + "workspace/index.xhtml");
        WebElement overdueRow = browser.findElement(By.id("worklist"))
                .findElement(By.xpath(".//tr[.//span[contains(@class,'timeliness-OVERDUE')]]"));
        assertThat(overdueRow.getText()).contains("Quá hạn");
        String code = overdueRow.findElement(By.tagName("a")).getText();
        Browser.screenshot(browser, "06-specialist-overdue-worklist");

        openFromWorklist(code);
        assertThat(browser.findElement(By.id("dueAt")).getText()).contains("Quá hạn");
        List<WebElement> claim = browser.findElements(By.cssSelector("input[id$=':claim']"));
        if (!claim.isEmpty()) {
            submit(By.cssSelector("input[id$=':claim']"));
        }
        assertThat(status()).isEqualTo("Đang xử lý");
        submit(By.cssSelector("input[data-outcome='SUBMIT_DRAFT']"));
        assertThat(status()).isEqualTo("Đang chờ phê duyệt");
        Browser.screenshot(browser, "07-specialist-advanced-overdue-dossier");
        signOut();
    }

    private void act(String official, String code, String outcome) {
        signIn(official);
        openFromWorklist(code);
        submit(By.cssSelector("input[data-outcome='" + outcome + "']"));
        assertThat(browser.findElement(By.cssSelector("ul.messages")).getText()).contains("Đã hoàn thành bước xử lý");
    }

    private void openFromWorklist(String code) {
        browser.get(base + "workspace/index.xhtml");
        browser.findElement(By.id("worklist")).findElement(By.linkText(code)).click();
        assertThat(browser.findElement(By.id("dossierCode")).getText()).isEqualTo(code);
    }

    /**
     * Walks the guided filing form from its first step: receiving unit and applicant, the declaration, a one-page PDF
     * for each of the first {@code requiredComponents} components, the default way of returning the result, the
     * fees, then submits from the check-answers page.
     */
    private void fileThroughTheGuidedForm(List<String> fields, int requiredComponents) throws java.io.IOException {
        new Select(browser.findElement(By.id("filing:unit"))).selectByValue(DemoActors.COMMUNE);
        type("filing:personalId", "079123456789");
        type("filing:phone", "0912345678");
        type("filing:email", "congdan.an@example.invalid");
        Browser.screenshot(browser, "01-citizen-filing-step-1");
        submit(By.id("filing:next"));
        assertThat(browser.findElement(By.id("progress")).getText()).startsWith("Bước 2/6");
        for (int i = 0; i < fields.size(); i++) {
            type("filing:fields:" + i + ":field", fields.get(i));
        }
        submit(By.id("filing:next"));
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("giay-to", ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        for (int i = 0; i < requiredComponents; i++) {
            browser.findElement(By.id("filing:components:" + i + ":file")).sendKeys(pdf.toAbsolutePath().toString());
        }
        Browser.screenshot(browser, "01b-citizen-filing-components");
        submit(By.id("filing:next"));
        submit(By.id("filing:next"));
        submit(By.id("filing:next"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kiểm tra lại thông tin trước khi nộp");
        Browser.screenshot(browser, "01c-citizen-check-answers");
        submit(By.id("filing:submit"));
    }

    private void signIn(String username) {
        browser.get(base + "login.xhtml");
        type("signin:username", username);
        type("signin:password", PortalHttp.PASSWORD);
        submit(By.id("signin:submit"));
        assertThat(browser.findElement(By.id("signOutForm:signOut")).isDisplayed()).isTrue();
    }

    private void signOut() {
        submit(By.id("signOutForm:signOut"));
        assertThat(browser.findElements(By.id("signOutForm:signOut"))).isEmpty();
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    private void submit(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isGone(element));
    }

    /** True once the page holding the element was replaced (Chromium reports it either way). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private String status() {
        return browser.findElement(By.id("dossierStatus")).getText();
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String serverRoot() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** An HTTP client signed in through the sign-in form, carrying the session cookie. */
    private HttpClient signedIn(String username) throws java.io.IOException, InterruptedException {
        return PortalHttp.signedIn(base, username);
    }

    /** A multipart/form-data upload of one file to the document API. */
    private HttpResponse<String> upload(HttpClient client, String fileName, String type, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "motcua-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n"
                + "dossier-component\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/documents"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
