package vn.motcua.integration.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.testing.FixturePlumbing.wire;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sync is on in the demo against its own fake portal, and for a real portal only with its account configured. */
class NationalPortalSettingsTest {

    @Test
    void theDemoSyncsWithItsOwnSandboxPortal() {
        NationalPortalSettings settings = settings(Optional.empty(), true, Optional.empty(), Optional.empty());

        assertThat(settings.syncEnabled()).isTrue();
        PortalConnection connection = settings.connection();
        assertThat(connection.endpoint()).hasToString("http://localhost:18093/api/sandbox/dvcqg");
        assertThat(connection.password()).isEqualTo(NationalPortalSettings.SANDBOX_PASSWORD);
        assertThat(connection.toString()).contains("password=[REDACTED]")
                .doesNotContain(NationalPortalSettings.SANDBOX_PASSWORD);
    }

    @Test
    void withoutDemoOrAddressSyncIsOffUnlessAskedFor() {
        assertThat(settings(Optional.empty(), false, Optional.empty(), Optional.empty()).syncEnabled()).isFalse();
        assertThat(settings(Optional.of(true), false, Optional.empty(), Optional.empty()).syncEnabled()).isTrue();
        assertThat(settings(Optional.of(false), true, Optional.empty(), Optional.empty()).syncEnabled()).isFalse();
    }

    @Test
    void aRealPortalNeedsItsPasswordAndAnHttpAddress() {
        NationalPortalSettings real = settings(Optional.empty(), false, Optional.of("https://dichvucong.gov.vn/api"),
                Optional.empty());
        assertThat(real.syncEnabled()).isTrue();
        assertThatThrownBy(real::connection).isInstanceOf(IllegalStateException.class)
                .hasMessage("motcua.dvcqg.password (MOTCUA_DVCQG_PASSWORD) is required when motcua.dvcqg.url is set");

        NationalPortalSettings configured = settings(Optional.empty(), false,
                Optional.of("https://dichvucong.gov.vn/api/"), Optional.of("given-secret"));
        assertThat(configured.connection().endpoint()).hasToString("https://dichvucong.gov.vn/api");

        NationalPortalSettings ftp = settings(Optional.empty(), false, Optional.of("ftp://dichvucong.gov.vn"),
                Optional.of("given-secret"));
        assertThatThrownBy(ftp::connection).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("motcua.dvcqg.url must be an absolute http(s) address");
    }

    private static NationalPortalSettings settings(Optional<Boolean> sync, boolean demo, Optional<String> url,
                                                   Optional<String> password) {
        NationalPortalSettings settings = new NationalPortalSettings();
        wire(settings, "sync", sync, "demo", demo, "url", url, "portalUrl", "http://localhost:18093/",
                "dstcode", "000.00.00.H29", "username", url.map(u -> "motcua-province"), "password", password,
                "connectTimeout", "PT5S", "requestTimeout", "PT20S", "reconcileDays", 7);
        return settings;
    }
}
