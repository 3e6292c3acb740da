package vn.motcua.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Vietnamese and English, and every key a page uses exists. */
class MessagesInSyncTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesInSyncTest.class.getResourceAsStream("/vn/motcua/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(vietnamese.stringPropertyNames()));
        assertThat(load("messages_vi.properties")).as("Vietnamese lives in the base bundle").isEmpty();
    }

    /** A key written twice shows the second text everywhere: the first page's wording is silently lost. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : java.util.List.of("messages.properties", "messages_en.properties")) {
            TreeSet<String> seen = new TreeSet<>();
            TreeSet<String> twice = new TreeSet<>();
            try (InputStream in = MessagesInSyncTest.class.getResourceAsStream("/vn/motcua/web/" + name)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key))
                        .forEach(twice::add);
            }
            assertThat(twice).as("keys written twice in %s", name).isEmpty();
        }
    }

    @Test
    void vietnameseTextsCarryTheirDiacritics() throws IOException {
        Properties vietnamese = load("messages.properties");
        assertThat(vietnamese.getProperty("signin.title")).isEqualTo("Đăng nhập");
        assertThat(vietnamese.getProperty("status.RETURNED")).isEqualTo("Đã trả kết quả");
    }

    @Test
    void everyLiteralKeyUsedInPagesExists() throws IOException {
        Properties vietnamese = load("messages.properties");
        Pattern literalKey = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !vietnamese.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
