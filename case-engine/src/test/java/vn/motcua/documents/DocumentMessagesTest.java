package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.application.DocumentMessages;
import vn.motcua.documents.application.DocumentMessages.TypeName;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.documents.application.DocumentRefusedException.Reason;

/** The documents bundle: every text in both languages, Vietnamese whatever the machine's language. */
class DocumentMessagesTest {

    @Test
    void everyKeyHasAVietnameseAndAnEnglishText() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        for (Reason reason : Reason.values()) {
            assertThat(vietnamese).containsKey("document.refused." + reason.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void messagesAreVietnameseEvenWhenTheMachineSpeaksEnglish() {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            DocumentRefusedException refused = new DocumentRefusedException(Reason.TYPE_NOT_ALLOWED, "a.pdf",
                    new TypeName("text/plain"), List.of(new TypeName("application/pdf"), new TypeName("image/png")));

            assertThat(refused.getMessage()).isEqualTo("Tệp \"a.pdf\" không được chấp nhận: nội dung thực của tệp là "
                    + "văn bản thuần (text), không thuộc các loại được nhận (PDF, ảnh PNG). Hệ thống không lưu tệp này.");
            assertThat(DocumentMessages.format(Locale.forLanguageTag("fr"), "document.not_found", 12345L))
                    .isEqualTo("Không tìm thấy tài liệu số 12345.");
            assertThat(refused.message(Locale.ENGLISH)).startsWith("The file \"a.pdf\" is not accepted");
        } finally {
            Locale.setDefault(machine);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentMessages.class.getResourceAsStream("/vn/motcua/documents/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
