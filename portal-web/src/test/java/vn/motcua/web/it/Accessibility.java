package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 A and AA checks of the page a browser shows, with the axe-core that Deque's Selenium integration bundles
 * (never fetched from a CDN). A violation fails the test with the rule, its help text and the offending elements.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static void assertNoViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_A_AA).analyze(browser);
        assertThat(results.getErrorMessage()).as("axe-core ran on %s", page).isNull();
        assertThat(describe(results.getViolations()))
                .as("WCAG 2.1 A/AA violations on %s (%s)", page, browser.getCurrentUrl())
                .isEmpty();
    }

    private static List<String> describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .toList();
    }
}
