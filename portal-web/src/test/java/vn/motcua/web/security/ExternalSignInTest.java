package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.CitizenAccounts;
import vn.motcua.identity.ExternalIdentity;

/**
 * The authentication mechanism's e-ID paths against a real provider, with the servlet request, session and message
 * context played by small fakes: {@code /oidc/start} sends the visitor away, {@code /oidc/callback} signs them in once.
 */
class ExternalSignInTest {

    private static final String PORTAL = "https://dichvucong.example.vn";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Object> session = new HashMap<>();
    private final List<ExternalIdentity> signedIn = new ArrayList<>();
    private final PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism();
    private MockOAuth2Server provider;
    private String redirectedTo;

    @BeforeEach
    void setUp() throws Exception {
        provider = new MockOAuth2Server();
        provider.start();
        OidcSettings settings = new OidcSettings();
        set(settings, "issuer", Optional.of(provider.issuerUrl("vneid").toString()));
        set(settings, "clientId", Optional.of("motcua"));
        set(settings, "clientSecret", Optional.of("bi-mat"));
        set(settings, "redirectUri", Optional.empty());
        set(settings, "scopes", "openid profile");
        set(settings, "personalIdClaim", "personal_id");
        set(settings, "portalUrl", PORTAL + "/");
        set(mechanism, "oidc", settings);
        set(mechanism, "citizenAccounts", new CitizenAccounts() {
            @Override
            public String signInExternal(ExternalIdentity identity) {
                signedIn.add(identity);
                return "eid.an";
            }
        });
    }

    @AfterEach
    void tearDown() {
        provider.shutdown();
    }

    @Test
    void theVisitorGoesToTheProviderAndComesBackSignedInToThePageAsked() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("vneid", "cong-dan-001", "JWT", List.of("motcua"),
                Map.of("name", "Nguyễn Văn An"), 3600));

        assertThat(get("/oidc/start", "returnTo=/citizen/profile.xhtml")).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
        assertThat(redirectedTo).startsWith(provider.authorizationEndpointUrl("vneid").toString())
                .contains("redirect_uri=" + java.net.URLEncoder.encode(PORTAL + "/oidc/callback", "UTF-8"));
        URI callback = providerSendsBack(redirectedTo);

        get("/oidc/callback", callback.getRawQuery());

        assertThat(redirectedTo).isEqualTo("/citizen/profile.xhtml");
        assertThat(session.get(PortalAuthenticationMechanism.CALLER)).isEqualTo("eid.an");
        assertThat(signedIn).singleElement().satisfies(person -> {
            assertThat(person.subject()).isEqualTo("cong-dan-001");
            assertThat(person.name()).isEqualTo("Nguyễn Văn An");
        });
    }

    @Test
    void aReplayedCallbackIsRefusedWithItsReason() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("vneid", "cong-dan-001", "JWT", List.of("motcua"),
                Map.of(), 3600));
        get("/oidc/start", null);
        URI callback = providerSendsBack(redirectedTo);
        get("/oidc/callback", callback.getRawQuery());
        session.clear();

        get("/oidc/callback", callback.getRawQuery());

        assertThat(redirectedTo).isEqualTo("/login.xhtml?oidcError=no_login_in_progress");
        assertThat(session).doesNotContainKey(PortalAuthenticationMechanism.CALLER);
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void aForgedCallbackWithAnotherStateSignsNobodyIn() throws Exception {
        get("/oidc/start", null);

        get("/oidc/callback", "code=stolen&state=forged");

        assertThat(redirectedTo).isEqualTo("/login.xhtml?oidcError=state_mismatch");
        assertThat(session).doesNotContainKey(PortalAuthenticationMechanism.CALLER);
        assertThat(signedIn).isEmpty();
    }

    private URI providerSendsBack(String providerUri) throws Exception {
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(URI.create(providerUri)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private AuthenticationStatus get(String path, String query) {
        redirectedTo = null;
        HttpSession httpSession = fake(HttpSession.class, (name, args) -> switch (name) {
            case "getAttribute" -> session.get((String) args[0]);
            case "setAttribute" -> session.put((String) args[0], args[1]);
            case "removeAttribute" -> session.remove((String) args[0]);
            default -> null;
        });
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1],
                        java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        HttpServletRequest request = fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getRequestURI" -> path;
            case "getContextPath" -> "";
            case "getMethod" -> "GET";
            case "getQueryString" -> query;
            case "getParameter" -> parameters.get((String) args[0]);
            case "getRequestURL" -> new StringBuffer(PORTAL + path);
            case "getSession" -> httpSession;
            case "changeSessionId" -> "new-id";
            default -> null;
        });
        HttpMessageContext context = fake(HttpMessageContext.class, (name, args) -> switch (name) {
            case "redirect" -> {
                redirectedTo = (String) args[0];
                yield AuthenticationStatus.SEND_CONTINUE;
            }
            case "doNothing" -> AuthenticationStatus.NOT_DONE;
            case "getAuthParameters" -> jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters
                    .withParams();
            case "isProtected", "isAuthenticationRequest" -> false;
            default -> null;
        });
        return mechanism.validateRequest(request, null, context);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
