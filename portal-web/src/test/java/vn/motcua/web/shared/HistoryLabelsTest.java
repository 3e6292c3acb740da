package vn.motcua.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.StepOutcome;

/**
 * Every action a dossier's history can record, and every outcome and step an official can be offered, has a label
 * in Vietnamese (and English): the dossier page never shows "???action.X???".
 */
class HistoryLabelsTest {

    /** An upper-case string literal in the dossier aggregate: the actions it writes into the history. */
    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z_]{2,})\"");
    /** Upper-case literals of the aggregate that are not actions (column definitions). */
    private static final Set<String> NOT_ACTIONS = Set.of("TEXT");

    @Test
    void everyHistoryActionOfTheDossierHasALabel() throws IOException {
        String source = Files.readString(Path.of("..", "case-engine", "src", "main", "java", "vn", "motcua", "dossier",
                "domain", "Dossier.java"));
        Set<String> actions = new TreeSet<>();
        Matcher m = ACTION.matcher(source);
        while (m.find()) {
            if (!NOT_ACTIONS.contains(m.group(1))) {
                actions.add(m.group(1));
            }
        }
        assertThat(actions).contains("ACCEPTED", "FORWARDED", "SUPPLEMENT_REQUESTED_AT_INTAKE");
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties labels = load(bundle);
            assertThat(actions).as(bundle).allSatisfy(a -> assertThat(labels).containsKey("action." + a));
        }
    }

    @Test
    void everyOutcomeHasALabel() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties labels = load(bundle);
            for (StepOutcome outcome : StepOutcome.values()) {
                assertThat(labels).as(bundle).containsKey("outcome." + outcome.name());
            }
            for (String step : new String[] {"deskReceives", "unitHeadAssigns", "specialistHandles", "unitHeadReviews",
                    "leaderApproves", "clerkIssues", "consultationAnswers", "leaderSignsApology", "deskReturnsResult"}) {
                assertThat(labels).as(bundle).containsKey("step." + step);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HistoryLabelsTest.class.getResourceAsStream("/vn/motcua/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
