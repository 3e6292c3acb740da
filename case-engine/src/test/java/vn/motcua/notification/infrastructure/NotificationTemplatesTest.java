package vn.motcua.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationTemplatesTest {

    private static final Map<String, Object> MODEL = Map.of("applicantName", "Trần Văn Đức",
            "dossierCode", "000.30.01.H29-250612-0001", "procedureName", "Đăng ký khai sinh",
            "unitName", "UBND phường Phú Cường", "at", "08:30 ngày 12/06/2025", "portalUrl", "https://dvc.example.vn",
            "reason", "Thiếu giấy chứng sinh");

    @Test
    void bundledTemplatesAreVietnameseWithFullDiacritics() {
        NotificationTemplates templates = new NotificationTemplates(Optional.empty());

        NotificationTemplates.Rendered refused = templates.email("dossier-refused", MODEL);

        assertThat(refused.subject()).isEqualTo("[000.30.01.H29-250612-0001] Hồ sơ không được tiếp nhận");
        assertThat(refused.text()).contains("Kính gửi ông/bà Trần Văn Đức,")
                .contains("Lý do: Thiếu giấy chứng sinh").contains("UBND phường Phú Cường");
        assertThat(templates.sms("result-ready", MODEL))
                .isEqualTo("Hồ sơ 000.30.01.H29-250612-0001 đã có kết quả. Mời ông/bà nhận kết quả tại "
                        + "UBND phường Phú Cường.");
    }

    @Test
    void everyApplicantTemplateRendersItsThreeParts() {
        NotificationTemplates templates = new NotificationTemplates(Optional.empty());
        for (String name : new String[] {"filing-received", "dossier-accepted", "dossier-refused", "result-ready"}) {
            assertThat(templates.email(name, MODEL).subject()).as(name).contains("000.30.01.H29-250612-0001");
            assertThat(templates.sms(name, MODEL)).as(name).contains("000.30.01.H29-250612-0001");
        }
    }

    @Test
    void anAdministratorOverridesOneFileAndKeepsTheOthers(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("dossier-accepted.subject.ftl"), "Thông báo tiếp nhận hồ sơ ${dossierCode}");

        NotificationTemplates templates = new NotificationTemplates(Optional.of(folder));
        NotificationTemplates.Rendered accepted = templates.email("dossier-accepted", MODEL);

        assertThat(accepted.subject()).isEqualTo("Thông báo tiếp nhận hồ sơ 000.30.01.H29-250612-0001");
        assertThat(accepted.text()).contains("đã được UBND phường Phú Cường tiếp nhận");
    }

    @Test
    void aMissingValueFailsInsteadOfSendingAHalfText() {
        NotificationTemplates templates = new NotificationTemplates(Optional.empty());

        assertThatThrownBy(() -> templates.email("dossier-accepted", Map.of("dossierCode", "X")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dossier-accepted");
    }
}
