package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium on the portal under test, with the moves every browser test makes. */
public final class BrowserSession implements AutoCloseable {

    private final WebDriver driver;
    private final URL base;

    private BrowserSession(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    public static BrowserSession open(URL base) {
        return new BrowserSession(Browser.start(), base);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the portal by its path relative to the context root, e.g. {@code citizen/dossiers.xhtml}. */
    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public void signIn(String username) {
        signIn(username, PortalHttp.PASSWORD);
    }

    public void signIn(String username, String password) {
        go("login.xhtml");
        type("signin:username", username);
        type("signin:password", password);
        submit(By.id("signin:submit"));
        assertThat(driver.findElement(By.id("signOutForm:signOut")).isDisplayed()).isTrue();
    }

    public void signOut() {
        submit(By.id("signOutForm:signOut"));
        assertThat(driver.findElements(By.id("signOutForm:signOut"))).isEmpty();
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    public void submit(By button) {
        WebElement element = driver.findElement(button);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(element));
    }

    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Fetches a link of the page with this browser's session (a PDF the browser would download), keeping its bytes. */
    public java.net.http.HttpResponse<byte[]> download(String href) throws java.io.IOException, InterruptedException {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                href.startsWith("http") ? href : base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + href))
                .timeout(Duration.ofSeconds(60)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    public void screenshot(String name) {
        Browser.screenshot(driver, name);
    }

    public void assertAccessible(String page) {
        Accessibility.assertNoViolations(driver, page);
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

    @Override
    public void close() {
        driver.quit();
    }
}
