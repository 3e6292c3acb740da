package vn.motcua.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, the citizen portal in a real browser: the public and citizen pages pass axe-core's WCAG 2.1 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenPortalIT {

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
    void publicAndCitizenPagesHaveNoWcagViolations() {
        browser = BrowserSession.open(base);
        browser.go("");
        browser.assertAccessible("home");
        browser.go("procedures.xhtml?q=khai+sinh");
        browser.assertAccessible("catalogue search");
        browser.go("procedure.xhtml?code=1.001193");
        browser.assertAccessible("procedure page");
        browser.go("login.xhtml");
        browser.assertAccessible("sign-in");
        // The check can fail: an image without a text alternative is reported.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('main').appendChild(document.createElement('img'))");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.assertAccessible("sign-in, spoiled"))
                .hasMessageContaining("image-alt");
        browser.signIn(DemoActors.CITIZEN);
        browser.go("citizen/dossiers.xhtml");
        browser.assertAccessible("my dossiers");
    }
}
