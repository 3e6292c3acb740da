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

    private static final Map<String, Object> MODEL = Map.ofEntries(Map.entry("applicantName", "Trần Văn Đức"),
            Map.entry("dossierCode", "000.30.01.H29-250612-0001"), Map.entry("procedureName", "Đăng ký khai sinh"),
            Map.entry("unitName", "UBND phường Phú Cường"), Map.entry("at", "08:30 ngày 12/06/2025"),
            Map.entry("portalUrl", "https://dvc.example.vn"), Map.entry("reason", "Thiếu giấy chứng sinh"),
            Map.entry("lookupUrl", "https://dvc.example.vn/lookup.xhtml?code=000.30.01.H29-250612-0001"),
            Map.entry("dossierUrl", "https://dvc.example.vn/citizen/dossier.xhtml?code=000.30.01.H29-250612-0001"),
            Map.entry("dueAt", "17:00 ngày 17/06/2025"), Map.entry("deadline", "08:30 ngày 03/07/2025"),
            Map.entry("items", java.util.List.of("Giấy chứng sinh", "Bản sao CCCD của người đi khai")),
            Map.entry("collectPlace", "Bộ phận Tiếp nhận và Trả kết quả, UBND phường Phú Cường"),
            Map.entry("stopCause", "quá hạn bổ sung hồ sơ"));

    @Test
    void bundledTemplatesAreVietnameseWithFullDiacritics() {
        NotificationTemplates templates = new NotificationTemplates(Optional.empty());

        NotificationTemplates.Rendered refused = templates.email("dossier-refused", MODEL);

        assertThat(refused.subject()).isEqualTo("[000.30.01.H29-250612-0001] Hồ sơ không được tiếp nhận");
        assertThat(refused.text()).contains("Kính gửi ông/bà Trần Văn Đức,")
                .contains("Lý do: Thiếu giấy chứng sinh").contains("UBND phường Phú Cường");
        assertThat(templates.sms("result-ready", MODEL))
                .isEqualTo("Hồ sơ 000.30.01.H29-250612-0001 đã có kết quả. Tải kết quả trực tuyến hoặc nhận tại "
                        + "UBND phường Phú Cường.");
        assertThat(templates.email("supplement-requested", MODEL).text())
                .contains("- Giấy chứng sinh\n- Bản sao CCCD của người đi khai")
                .contains("Thời hạn bổ sung: trước 08:30 ngày 03/07/2025");
    }

    @Test
    void everyApplicantTemplateRendersItsThreeParts() {
        NotificationTemplates templates = new NotificationTemplates(Optional.empty());
        for (String name : new String[] {"filing-received", "dossier-accepted", "dossier-refused",
                "supplement-requested", "supplement-received", "fee-requested", "result-ready", "result-returned",
                "dossier-withdrawn", "dossier-stopped"}) {
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
