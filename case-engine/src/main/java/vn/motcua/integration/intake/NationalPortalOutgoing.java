package vn.motcua.integration.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The national portal's feed of dossiers filed there for our province, asked over HTTP:
 * {@code GET <motcua.dvcqg.intake.url>?since=<cursor>} answers {@code {"dossiers": [...], "nextCursor": "..."}}, the
 * dossiers filed after the cursor in the portal's order (at most a page), and the cursor to ask from next time. The
 * API key the portal gave us goes in {@code X-API-Key} when {@code motcua.dvcqg.intake.api-key} is set. Without a URL
 * the polling is off.
 */
@ApplicationScoped
public class NationalPortalOutgoing {

    /** One page of the feed. */
    public record Page(List<JsonValue> dossiers, String nextCursor) {
    }

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.intake.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.intake.api-key")
    Optional<String> apiKey;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public boolean isConfigured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    /** The dossiers filed after {@code cursor} (from the beginning when null). */
    public Page since(String cursor) throws IOException, InterruptedException {
        String base = url.orElseThrow(() -> new IllegalStateException("motcua.dvcqg.intake.url is not set"));
        URI uri = URI.create(base + (base.contains("?") ? "&" : "?") + "since="
                + URLEncoder.encode(cursor == null ? "" : cursor, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        apiKey.filter(k -> !k.isBlank()).ifPresent(k -> request.header("X-API-Key", k));
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("the national portal's feed answered " + response.statusCode());
        }
        JsonObject page = Json.createReader(new StringReader(response.body())).readObject();
        String next = page.get("nextCursor") instanceof JsonString s ? s.getString() : cursor;
        return new Page(page.containsKey("dossiers") ? List.copyOf(page.getJsonArray("dossiers")) : List.of(), next);
    }
}
