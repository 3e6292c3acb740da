package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the architecture that a reviewer would otherwise have to remember. */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void onlyTheWorkflowPackageOfTheCaseEngineImportsTheFlowableApi() throws IOException {
        assertThat(mainSourcesOutside("case-engine/src/main/java/vn/motcua/workflow/", ArchitectureTest::importsFlowable))
                .isEmpty();
    }

    /** Time comes from the application clock; only the clock itself may read the system's. */
    @Test
    void noMainCodeReadsTheSystemClockOnItsOwn() throws IOException {
        Pattern systemTime = Pattern.compile(
                "\\.now\\(\\s*\\)|System\\.currentTimeMillis\\(|new (java\\.util\\.)?Date\\(\\s*\\)|Clock\\.system");
        assertThat(mainSourcesOutside("case-engine/src/main/java/vn/motcua/platform/time/",
                file -> systemTime.matcher(read(file)).find()))
                .as("main code reading the system clock instead of the injected Clock").isEmpty();
    }

    /** The main source files of every module, except those under {@code allowedFolder}, that match {@code rule}. */
    private static List<String> mainSourcesOutside(String allowedFolder, Predicate<Path> rule) throws IOException {
        try (Stream<Path> sources = Stream.of("case-engine", "portal-web", "workflow-models", "sql")
                .map(module -> ROOT.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(ArchitectureTest::javaFiles)) {
            return sources
                    .filter(file -> !file.normalize().toString().replace('\\', '/').contains(allowedFolder))
                    .filter(rule)
                    .map(Path::toString)
                    .toList();
        }
    }

    @Test
    void thePersistenceUnitUsesHibernate() throws IOException {
        String persistence = Files.readString(ROOT.resolve("case-engine/src/main/resources/META-INF/persistence.xml"));
        assertThat(persistence).contains("<provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>");
        assertThat(persistence).contains("name=\"hibernate.hbm2ddl.auto\" value=\"none\"");
    }

    private static Stream<Path> javaFiles(Path dir) {
        try {
            return Files.walk(dir).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean importsFlowable(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import org.flowable")
                    || line.startsWith("import static org.flowable"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
