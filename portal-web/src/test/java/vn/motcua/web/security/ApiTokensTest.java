package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens against a real issuer (NAV's mock-oauth2-server running in the test): a token of the issuer, for us,
 * not expired, gives its subject and scopes; a token of another issuer, for another audience, expired, or altered
 * opens nothing.
 */
class ApiTokensTest {

    private MockOAuth2Server provider;
    private ApiTokens tokens;

    @BeforeEach
    void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start();
        tokens = new ApiTokens(provider.issuerUrl("vneid").toString(),
                URI.create(provider.jwksUrl("vneid").toString()).toURL(), "motcua-api", java.time.Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        provider.shutdown();
    }

    private String token(String issuerId, List<String> audience, Map<String, Object> claims, long expirySeconds) {
        return provider.issueToken(issuerId, "mobile-app", new DefaultOAuth2TokenCallback(issuerId, "cong-dan-001",
                "JWT", audience, claims, expirySeconds)).serialize();
    }

    @Test
    void aTokenOfTheIssuerForUsGivesItsSubjectAndScopes() {
        var verified = tokens.verify(token("vneid", List.of("motcua-api"),
                Map.of("scope", "dossiers:read dossiers:write"), 300)).orElseThrow();

        assertThat(verified.subject()).isEqualTo("cong-dan-001");
        assertThat(verified.issuer()).isEqualTo(provider.issuerUrl("vneid").toString());
        assertThat(verified.scopes()).containsExactlyInAnyOrder("dossiers:read", "dossiers:write");
    }

    @Test
    void anotherIssuerAnotherAudienceAnExpiredOrAlteredTokenOpenNothing() {
        assertThat(tokens.verify(token("other", List.of("motcua-api"), Map.of("scope", "intake"), 300)))
                .as("another issuer").isEmpty();
        assertThat(tokens.verify(token("vneid", List.of("someone-else"), Map.of("scope", "intake"), 300)))
                .as("another audience").isEmpty();
        assertThat(tokens.verify(token("vneid", List.of("motcua-api"), Map.of("scope", "intake"), -120)))
                .as("expired").isEmpty();
        String good = token("vneid", List.of("motcua-api"), Map.of("scope", "dossiers:read"), 300);
        String[] parts = good.split("\\.");
        String altered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"someone\",\"scope\":\"intake\",\"exp\":4102444800}".getBytes()) + "." + parts[2];
        assertThat(tokens.verify(altered)).as("altered claims").isEmpty();
        assertThat(tokens.verify("not-a-jwt")).isEmpty();
    }
}
