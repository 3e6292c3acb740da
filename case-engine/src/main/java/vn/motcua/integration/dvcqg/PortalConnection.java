package vn.motcua.integration.dvcqg;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the national portal is reached.
 *
 * @param endpoint       base address; {@code <endpoint>/login} gives a session, {@code <endpoint>/service} takes the
 *                       {@code {service, isUpdating, data[]}} posts
 * @param dstcode        the province's code, sent as the {@code dstcode} header of the login
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer; a delivery that times out is tried again (the portal may
 *                       have taken it, so the idempotency key goes with every attempt)
 */
public record PortalConnection(URI endpoint, String dstcode, String username, String password,
                               Duration connectTimeout, Duration requestTimeout) {

    public PortalConnection {
        Objects.requireNonNull(endpoint, "motcua.dvcqg.url is required");
        requireText(dstcode, "motcua.dvcqg.dstcode");
        requireText(username, "motcua.dvcqg.username");
        requireText(password, "motcua.dvcqg.password");
        Objects.requireNonNull(connectTimeout, "motcua.dvcqg.connect-timeout is required");
        Objects.requireNonNull(requestTimeout, "motcua.dvcqg.request-timeout is required");
        if (!endpoint.isAbsolute() || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https"))) {
            throw new IllegalArgumentException("motcua.dvcqg.url must be an absolute http(s) address, was " + endpoint);
        }
        String text = endpoint.toString();
        if (text.endsWith("/")) {
            endpoint = URI.create(text.substring(0, text.length() - 1));
        }
    }

    URI login() {
        return URI.create(endpoint + "/login");
    }

    URI service() {
        return URI.create(endpoint + "/service");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    @Override
    public String toString() {
        return "PortalConnection[endpoint=" + endpoint + ", dstcode=" + dstcode + ", username=" + username
                + ", password=[REDACTED], connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
    }
}
