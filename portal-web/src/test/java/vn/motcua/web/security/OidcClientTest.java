package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.ExternalIdentity;

/** The OpenID Connect client against a real provider (NAV's mock-oauth2-server) running in the test. */
class OidcClientTest {

    private static final URI REDIRECT = URI.create("https://dichvucong.example.vn/oidc/callback");

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private MockOAuth2Server provider;
    private OidcClient client;

    @BeforeEach
    void startProvider() {
        provider = new MockOAuth2Server();
        provider.start();
        client = new OidcClient(new OidcClient.Settings(provider.issuerUrl("vneid").toString(), "motcua",
                "bi-mat", REDIRECT, "openid profile email", "personal_id"));
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    private void personSignsIn(List<String> audience, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("vneid", "cong-dan-001", "JWT", audience,
                Map.of("name", "Nguyễn Văn An", "email", "an@example.vn", "personal_id", "001085012345"),
                expirySeconds));
    }

    /** What the visitor's browser does: opens the provider's address, which answers with a redirect to the portal. */
    private URI providerSendsBack(URI providerUri) throws Exception {
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(providerUri).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(REDIRECT.toString());
        return back;
    }

    @Test
    void theWholeFlowGivesThePersonTheProviderVouchedFor() throws Exception {
        personSignsIn(List.of("motcua"), 3600);

        OidcClient.Start start = client.start("/citizen/profile.xhtml");
        assertThat(start.providerUri().toString()).startsWith(provider.authorizationEndpointUrl("vneid").toString())
                .contains("response_type=code").contains("client_id=motcua").contains("code_challenge_method=S256")
                .contains("state=" + start.pending().state()).contains("nonce=" + start.pending().nonce());
        assertThat(start.pending().returnTo()).isEqualTo("/citizen/profile.xhtml");
        ExternalIdentity person = client.finish(providerSendsBack(start.providerUri()), start.pending());

        assertThat(person.issuer()).isEqualTo(provider.issuerUrl("vneid").toString());
        assertThat(person.subject()).isEqualTo("cong-dan-001");
        assertThat(person.name()).isEqualTo("Nguyễn Văn An");
        assertThat(person.email()).isEqualTo("an@example.vn");
        assertThat(person.personalId()).isEqualTo("001085012345");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // discovery, authorization, token, keys
            RecordedRequest request = provider.takeRequest(1, TimeUnit.SECONDS);
            bodies.add(request.getPath() + " " + request.getBody().readUtf8());
        }
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains("/vneid/token")
                .contains("code_verifier=" + start.pending().codeVerifier()));
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedBeforeAnyTokenIsAskedFor() throws Exception {
        personSignsIn(List.of("motcua"), 3600);
        OidcClient.Start start = client.start("/");
        URI back = providerSendsBack(start.providerUri());
        OidcClient.PendingLogin other = new OidcClient.PendingLogin("another-state", start.pending().nonce(),
                start.pending().codeVerifier(), "/");

        assertThatThrownBy(() -> client.finish(back, other)).isInstanceOf(OidcException.class)
                .satisfies(e -> assertThat(((OidcException) e).reason()).isEqualTo(OidcException.Reason.STATE_MISMATCH));
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        personSignsIn(List.of("motcua"), 3600);
        OidcClient.Start start = client.start("/");
        URI back = providerSendsBack(start.providerUri());
        OidcClient.PendingLogin otherNonce = new OidcClient.PendingLogin(start.pending().state(), "another-nonce",
                start.pending().codeVerifier(), "/");

        assertThatThrownBy(() -> client.finish(back, otherNonce)).isInstanceOf(OidcException.class)
                .hasMessageContaining("nonce")
                .satisfies(e -> assertThat(((OidcException) e).reason()).isEqualTo(OidcException.Reason.ID_TOKEN_INVALID));
    }

    @Test
    void aReplayedCallbackFindsNoSignInInProgress() throws Exception {
        personSignsIn(List.of("motcua"), 3600);
        OidcClient.Start start = client.start("/");
        URI back = providerSendsBack(start.providerUri());
        client.finish(back, start.pending());

        // the mechanism took the pending login out of the session on the first callback
        assertThatThrownBy(() -> client.finish(back, null)).isInstanceOf(OidcException.class)
                .satisfies(e -> assertThat(((OidcException) e).reason())
                        .isEqualTo(OidcException.Reason.NO_LOGIN_IN_PROGRESS));
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        personSignsIn(List.of("motcua"), -3600);
        OidcClient.Start start = client.start("/");
        URI back = providerSendsBack(start.providerUri());

        assertThatThrownBy(() -> client.finish(back, start.pending())).isInstanceOf(OidcException.class)
                .hasMessageContaining("xpired")
                .satisfies(e -> assertThat(((OidcException) e).reason()).isEqualTo(OidcException.Reason.ID_TOKEN_INVALID));
    }

    @Test
    void theProviderRefusingIsReportedAsSuch() {
        OidcClient.Start start = client.start("/");
        URI back = URI.create(REDIRECT + "?error=access_denied&error_description=cancelled&state="
                + start.pending().state());

        assertThatThrownBy(() -> client.finish(back, start.pending())).isInstanceOf(OidcException.class)
                .satisfies(e -> assertThat(((OidcException) e).reason()).isEqualTo(OidcException.Reason.PROVIDER_REFUSED));
    }

    @Test
    void anUnreachableProviderIsNoticedAtFirstUseNotAtConstruction() {
        OidcClient unreachable = new OidcClient(new OidcClient.Settings("http://127.0.0.1:1/nobody", "motcua", null,
                REDIRECT, null, null));

        assertThatThrownBy(() -> unreachable.start("/")).isInstanceOf(OidcException.class)
                .satisfies(e -> assertThat(((OidcException) e).reason())
                        .isEqualTo(OidcException.Reason.PROVIDER_UNAVAILABLE));
    }
}
