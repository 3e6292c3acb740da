package vn.motcua.integration.dvcqg;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Logger;
import vn.motcua.integration.outbox.PermanentDeliveryFailure;

/**
 * Talks to the national portal as DOMAIN.md §6.2 describes: a login (POST username and password with the
 * {@code dstcode} header) gives a {@code session} token, sent as the {@code session} header of every service post;
 * an expired session (401) is renewed once and the post repeated. Each post also carries the outbox message's
 * idempotency key ({@value #IDEMPOTENCY_HEADER}). Every exchange goes to the integration log.
 *
 * <p>How failures are told apart: no connection, a timeout, 5xx, 408, 429 or a session refused even after a fresh
 * login are {@link PortalUnavailable} (tried again later); any other 4xx, or a 2xx whose {@code error_code} is not
 * {@code 0}, means the portal refused the content — a {@link PermanentDeliveryFailure} that an administrator sees
 * on the outbox page.
 */
public class PortalClient {

    public static final String IDEMPOTENCY_HEADER = "X-Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(PortalClient.class.getName());

    private final PortalConnection connection;
    private final HttpClient http;
    private final ExchangeLog log;
    private final Clock clock;
    private final Object loginLock = new Object();
    private volatile String session;

    public PortalClient(PortalConnection connection, ExchangeLog log, Clock clock) {
        this.connection = Objects.requireNonNull(connection, "portal connection is required");
        this.log = Objects.requireNonNull(log, "integration log is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.http = HttpClient.newBuilder().connectTimeout(connection.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Posts one service call; returns the portal's answer, or throws as the class comment says. */
    public JsonObject post(ExchangeLog.Subject subject, String body) {
        String token = session();
        Answer answer = send(subject, connection.service(), body, token);
        if (answer.status() == 401) {
            renew(token);
            answer = send(subject, connection.service(), body, session());
            if (answer.status() == 401) {
                throw new PortalUnavailable("the national portal refused a fresh session (401)");
            }
        }
        return judge(answer);
    }

    private JsonObject judge(Answer answer) {
        int status = answer.status();
        if (status >= 500 || status == 408 || status == 429) {
            throw new PortalUnavailable("the national portal answered " + status);
        }
        if (status < 200 || status >= 300) {
            throw new PermanentDeliveryFailure("the national portal refused the message (" + status + "): "
                    + summary(answer.body()));
        }
        JsonObject json = parse(answer.body());
        if (json == null) {
            throw new PortalUnavailable("the national portal answered " + status + " without a JSON body");
        }
        String code = json.containsKey("error_code") ? json.get("error_code").toString().replace("\"", "") : "0";
        if (!"0".equals(code)) {
            throw new PermanentDeliveryFailure("the national portal refused the message (error_code " + code + "): "
                    + json.getString("message", ""));
        }
        return json;
    }

    private String session() {
        String current = session;
        return current != null ? current : renew(null);
    }

    /** Logs in again unless another thread already replaced the stale token. */
    private String renew(String stale) {
        synchronized (loginLock) {
            if (session != null && !session.equals(stale)) {
                return session;
            }
            String body = Json.createObjectBuilder().add("username", connection.username())
                    .add("password", connection.password()).build().toString();
            Answer answer = exchange(ExchangeLog.Subject.of("login"), connection.login(), body,
                    builder -> builder.header("dstcode", connection.dstcode()));
            if (answer.status() != 200) {
                throw new PortalUnavailable("the national portal's login answered " + answer.status());
            }
            JsonObject json = parse(answer.body());
            if (json == null || json.getString("session", "").isBlank()) {
                throw new PortalUnavailable("the national portal's login gave no session");
            }
            session = json.getString("session");
            LOG.fine("Logged in to the national portal");
            return session;
        }
    }

    private Answer send(ExchangeLog.Subject subject, URI uri, String body, String token) {
        return exchange(subject, uri, body, builder -> {
            builder.header("session", token);
            if (subject.idempotencyKey() != null) {
                builder.header(IDEMPOTENCY_HEADER, subject.idempotencyKey());
            }
        });
    }

    private Answer exchange(ExchangeLog.Subject subject, URI uri, String body,
                            java.util.function.Consumer<HttpRequest.Builder> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(connection.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.accept(builder);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            String outcome = status == 401 || status >= 500 || status == 408 || status == 429 ? "RETRY"
                    : status >= 400 ? "REJECTED" : "OK";
            if ("OK".equals(outcome) && !"login".equals(subject.service())) {
                JsonObject json = parse(response.body());
                if (json != null && json.containsKey("error_code")
                        && !"0".equals(json.get("error_code").toString().replace("\"", ""))) {
                    outcome = "REJECTED";
                }
            }
            log.record(subject, clock.instant(), uri.toString(), status, outcome, millisSince(started), body,
                    response.body(), null);
            return new Answer(status, response.body());
        } catch (HttpTimeoutException e) {
            log.record(subject, clock.instant(), uri.toString(), null, "RETRY", millisSince(started), body, null,
                    "timed out after " + connection.requestTimeout());
            throw new PortalUnavailable("the national portal did not answer within " + connection.requestTimeout(), e);
        } catch (IOException e) {
            log.record(subject, clock.instant(), uri.toString(), null, "RETRY", millisSince(started), body, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            throw new PortalUnavailable("the national portal cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            // The node is stopping mid-exchange: the portal may have the message, so the log must say so too.
            log.record(subject, clock.instant(), uri.toString(), null, "RETRY", millisSince(started), body, null,
                    "interrupted while waiting for the answer");
            Thread.currentThread().interrupt();
            throw new PortalUnavailable("interrupted while waiting for the national portal", e);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static String summary(String body) {
        if (body == null) {
            return "";
        }
        JsonObject json = parse(body);
        String text = json != null && json.containsKey("message") ? json.getString("message", body) : body;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private record Answer(int status, String body) {
    }
}
