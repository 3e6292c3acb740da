package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP clients of the integration tests, signed in through the portal's sign-in form like a browser. */
final class PortalHttp {

    /** The demo accounts' password. */
    static final String PASSWORD = "MotCua@2026";

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private PortalHttp() {
    }

    /** A client carrying the session cookie of {@code username}, checked to be signed in. */
    static HttpClient signedIn(URL base, String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertThat(viewState.find()).as("sign-in form's view state").isTrue();
        String form = "signin=signin&signin%3Ausername=" + username + "&signin%3Apassword="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&signin%3Asubmit=x&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("sign-in answer").isIn(200, 302, 303);
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/documents/0")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("signed in as %s", username).isEqualTo(404);
        return client;
    }
}
