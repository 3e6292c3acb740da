package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.openqa.selenium.WebElement;

/**
 * Issue 10, supervision in a real browser: the provincial supervisor opens the dashboard at province scope, drills
 * down to the demo commune, opens the overdue list and an overdue dossier's control sheet; a unit outside the
 * subtree is refused with a message and status 403; the Decision 766 page shows its six groups; a year's summary is
 * built in the background, followed on "my exports" and downloaded, and its totals equal the dashboard's numbers.
 * The dashboard, 766 and exports pages pass axe-core's WCAG 2.1 A/AA rules. Screenshots go to target/it-artifacts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionIT {

    private static final String PROVINCE_NAME = "Ủy ban nhân dân Thành phố Hồ Chí Minh";
    private static final String OUTSIDE = "000.00.00.H12";

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
    void theSupervisorDrillsDownFromTheProvinceToAnOverdueDossiersControlSheet() throws Exception {
        browser = BrowserSession.open(base);
        browser.signIn(DemoActors.SUPERVISOR);

        // Province scope: the supervisor's own root, this quarter.
        browser.go("workspace/supervision.xhtml?period=quarter");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Giám sát giải quyết thủ tục hành chính");
        assertThat(browser.text(By.id("scopeName"))).isEqualTo(PROVINCE_NAME);
        assertThat(Long.parseLong(browser.text(By.id("kpiReceived")))).isPositive();
        assertThat(browser.find(By.id("summary")).getText()).contains("Ủy ban nhân dân phường Thủ Dầu Một");
        assertThat(browser.find(By.cssSelector("#receivedChart canvas")).getAttribute("aria-label"))
                .isEqualTo("Hồ sơ tiếp nhận theo kênh");
        browser.screenshot("60-supervision-province");
        browser.assertAccessible("the supervision dashboard");

        // A quarter is small: its summary comes straight back as Excel, and its totals are the page's numbers.
        long received = Long.parseLong(browser.text(By.id("kpiReceived")));
        long resolved = Long.parseLong(browser.text(By.id("kpiResolved")));
        HttpResponse<byte[]> excel = browser.download(browser.find(By.id("summaryExport-xlsx")).getAttribute("href"));
        assertThat(excel.statusCode()).isEqualTo(200);
        assertTotals(excel.body(), received, resolved);
        HttpResponse<byte[]> pdf = browser.download(browser.find(By.id("reportPdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // Drill down: the commune's row re-scopes the page, and the address says so.
        WebElement commune = browser.find(By.cssSelector("#summary tr[data-key='" + DemoActors.COMMUNE + "'] a.drill-down"));
        commune.click();
        assertThat(browser.driver().getCurrentUrl()).contains("unit=" + DemoActors.COMMUNE);
        assertThat(browser.text(By.id("scopeName"))).isEqualTo("Ủy ban nhân dân phường Thủ Dầu Một");
        assertThat(browser.find(By.id("upLink")).isDisplayed()).isTrue();
        browser.screenshot("61-supervision-commune");

        // The overdue list: the demo holds dossiers past their due date in the commune.
        assertThat(Long.parseLong(browser.text(By.id("overdueTotal")))).isPositive();
        List<WebElement> overdue = browser.driver().findElements(By.cssSelector("#overdue tbody tr"));
        assertThat(overdue).isNotEmpty();
        String code = overdue.get(0).getAttribute("data-code");
        assertThat(overdue.get(0).getText()).contains(code);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('overdueNow').scrollIntoView()");
        browser.screenshot("62-supervision-overdue");

        // Its control sheet, on the officials' dossier page.
        overdue.get(0).findElement(By.cssSelector("a.dossier-link")).click();
        assertThat(browser.driver().getCurrentUrl()).contains("dossier.xhtml").contains("#legalTime");
        assertThat(browser.text(By.id("currentDueAt"))).isNotBlank();
        assertThat(browser.find(By.id("controlSheetHeading")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("problem"))).isEmpty();
        browser.screenshot("63-overdue-dossier-control-sheet");
    }

    @Test
    void aUnitOutsideTheSubtreeIsRefusedWithAMessageAndTheIndexShowsSixGroups() throws Exception {
        browser = BrowserSession.open(base);
        browser.signIn(DemoActors.SUPERVISOR);

        browser.go("workspace/supervision.xhtml?unit=" + OUTSIDE);
        assertThat(browser.text(By.id("problem"))).contains(OUTSIDE, "không thuộc phạm vi giám sát");
        assertThat(browser.driver().findElements(By.id("dashboard"))).isEmpty();
        HttpResponse<byte[]> refused = browser.download(base.getPath() + "workspace/supervision.xhtml?unit=" + OUTSIDE);
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> refusedExport = browser.download(base.getPath()
                + "workspace/supervision-export?kind=SUMMARY&format=XLSX&unit=" + OUTSIDE);
        assertThat(refusedExport.statusCode()).isEqualTo(403);
        assertThat(new String(refusedExport.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("không thuộc phạm vi giám sát");
        browser.screenshot("64-supervision-outside-subtree");

        browser.go("workspace/supervision.xhtml?period=custom&from=2026-11-30&to=2026-11-01");
        assertThat(browser.text(By.id("problem"))).contains("\"Đến ngày\" phải bằng hoặc sau \"Từ ngày\"");

        browser.go("workspace/supervision-766.xhtml?period=year");
        assertThat(browser.text(By.tagName("h1"))).startsWith("Bộ chỉ số 766");
        assertThat(browser.driver().findElements(By.cssSelector("section.index-group"))).hasSize(6);
        assertThat(browser.text(By.id("group1"))).startsWith("1. Công khai, minh bạch");
        assertThat(browser.text(By.id("index766"))).contains("Tử số", "Mẫu số", "Mục tiêu");
        browser.screenshot("65-supervision-766");
        browser.assertAccessible("the Decision 766 index");
    }

    @Test
    void aYearsSummaryIsBuiltInTheBackgroundAndItsTotalsEqualTheDashboard() throws Exception {
        browser = BrowserSession.open(base);
        browser.signIn(DemoActors.SUPERVISOR);

        browser.go("workspace/supervision.xhtml?period=year");
        long received = Long.parseLong(browser.text(By.id("kpiReceived")));
        long resolved = Long.parseLong(browser.text(By.id("kpiResolved")));
        browser.find(By.id("summaryExport-xlsx")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("supervision-exports.xhtml"));
        assertThat(browser.text(By.id("queuedMessage"))).contains("chế độ nền");
        browser.assertAccessible("my exports");
        String href = awaitDownload(Duration.ofSeconds(90));
        browser.screenshot("66-supervision-my-exports");
        HttpResponse<byte[]> file = browser.download(href);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        assertTotals(file.body(), received, resolved);

        // Nobody else gets the file: another official is refused.
        browser.signOut();
        browser.signIn(DemoActors.DESK);
        assertThat(browser.download(href).statusCode()).isIn(403, 404);
    }

    /** The summary workbook's totals row holds the dashboard's received and resolved counts. */
    private static void assertTotals(byte[] xlsx, long received, long resolved) throws java.io.IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat((long) totals.getCell(2).getNumericCellValue()).isEqualTo(received);
            assertThat((long) totals.getCell(3).getNumericCellValue()).isEqualTo(resolved);
        }
    }

    /** Waits until the newest export is done (the page refreshes itself by polling) and gives its link. */
    private String awaitDownload(Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            try {
                List<WebElement> rows = browser.driver().findElements(By.cssSelector("#exportTable tbody tr"));
                if (!rows.isEmpty()) {
                    String state = rows.get(0).getAttribute("data-state");
                    assertThat(state).as("the export's state").isNotEqualTo("FAILED");
                    if ("DONE".equals(state)) {
                        return rows.get(0).findElement(By.cssSelector("a.download")).getAttribute("href");
                    }
                }
            } catch (StaleElementReferenceException e) {
                // the poll replaced the table while it was read: look again
            }
            Thread.sleep(1000);
        }
        browser.screenshot("66-supervision-my-exports-timeout");
        throw new AssertionError("the background export did not finish within " + timeout + "; " + diagnosis());
    }

    /** What the requester and the administrator see when an export is late, on one line for the test report. */
    private String diagnosis() {
        String export = browser.driver().findElements(By.cssSelector("#exportTable tbody tr")).stream().findFirst()
                .map(row -> "export: " + row.getAttribute("data-state") + " " + row.getText()).orElse("no export row");
        browser.signOut();
        browser.signIn(DemoActors.ADMIN);
        browser.go("admin/jobs.xhtml");
        String jobs = browser.driver().findElements(By.cssSelector("#jobs tbody tr")).stream()
                .map(WebElement::getText).reduce((a, b) -> a + " || " + b).orElse("no jobs listed");
        return (export + " ## jobs: " + jobs).replaceAll("\\s+", " ");
    }
}
