package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partner API keys on the migrated schema (H2): an administrator issues a key, whose secret opens the API with its
 * scopes and is kept only as a hash; a revoked, altered or unknown key opens nothing; only administrators manage keys.
 */
class ApiKeysTest {

    private AccountsFixture f;
    private ApiKeys keys;
    private final Actor admin = new Actor(1L, "quantri", "Quản trị", List.of(new Actor.Grant(Role.ADMIN, null)));

    @BeforeEach
    void open() throws Exception {
        f = new AccountsFixture();
        keys = new ApiKeys(f.em, f.clock);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void anIssuedKeyAuthenticatesItsPartnerWithItsScopesAndIsStoredHashed() {
        ApiKeys.Issued issued = f.tx(() -> keys.issue(admin, " Cổng DVCQG ", Set.of("intake", "statistics:read")));

        assertThat(issued.secret()).startsWith("mck_" + issued.key().prefix() + "_");
        var partner = f.tx(() -> keys.authenticate(issued.secret())).orElseThrow();
        assertThat(partner.partnerName()).isEqualTo("Cổng DVCQG");
        assertThat(partner.scopes()).containsExactlyInAnyOrder("intake", "statistics:read");
        assertThat(f.tx(() -> f.em.createNativeQuery("SELECT COUNT(*) FROM api_key WHERE secret_hash LIKE '%"
                + issued.secret().substring(issued.secret().length() - 20) + "%'").getSingleResult()))
                .as("the secret itself is not stored").isEqualTo(0L);
        assertThat(f.tx(() -> keys.list(admin)).get(0).lastUsedAt()).as("the use is noted")
                .isEqualTo(f.clock.instant());
    }

    @Test
    void aRevokedOrAlteredKeyOpensNothing() {
        ApiKeys.Issued issued = f.tx(() -> keys.issue(admin, "Hệ thống một cửa huyện", Set.of("dossiers:read")));
        String altered = issued.secret().substring(0, issued.secret().length() - 1)
                + (issued.secret().endsWith("0") ? "1" : "0");

        assertThat(f.tx(() -> keys.authenticate(altered))).isEmpty();
        assertThat(f.tx(() -> keys.authenticate("mck_000000000000_abc"))).isEmpty();
        assertThat(f.tx(() -> keys.authenticate("not-a-key"))).isEmpty();

        f.clock.setTo(f.clock.instant().plus(Duration.ofHours(1)));
        ApiKeys.ApiKeyView revoked = f.tx(() -> keys.revoke(admin, issued.key().id()));
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedAt()).isEqualTo(f.clock.instant());
        assertThat(f.tx(() -> keys.authenticate(issued.secret()))).isEmpty();
    }

    @Test
    void onlyAdministratorsManageKeysAndScopesMustBeKnown() {
        Actor citizen = new Actor(2L, "congdan.an", "An", List.of(new Actor.Grant(Role.CITIZEN, null)));

        assertThatThrownBy(() -> f.tx(() -> keys.issue(citizen, "X", Set.of("intake"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.tx(() -> keys.issue(admin, "X", Set.of("everything"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("\"everything\"");
        assertThatThrownBy(() -> f.tx(() -> keys.issue(admin, " ", Set.of("intake"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("tên hệ thống đối tác");
        assertThat(f.tx(() -> keys.list(admin))).isEmpty();
    }
}
