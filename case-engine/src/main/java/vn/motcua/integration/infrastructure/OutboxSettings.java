package vn.motcua.integration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.integration.outbox.RelaySettings;
import vn.motcua.integration.outbox.RetryPolicy;

/**
 * The relay's settings from MicroProfile Config ({@code motcua.outbox.*}; environment variables such as
 * {@code MOTCUA_OUTBOX_MAX_ATTEMPTS} map to them). Durations are ISO-8601 ({@code PT30S}). Checked when the relay
 * starts; a bad value stops start-up naming the property.
 */
@ApplicationScoped
public class OutboxSettings {

    @Inject
    @ConfigProperty(name = "motcua.node.id")
    Optional<String> nodeId;

    @Inject
    @ConfigProperty(name = "motcua.outbox.relay", defaultValue = "true")
    boolean relayEnabled;

    @Inject
    @ConfigProperty(name = "motcua.outbox.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "motcua.outbox.poll-interval", defaultValue = "PT2S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "motcua.outbox.batch-size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "motcua.outbox.lease", defaultValue = "PT2M")
    String lease;

    @Inject
    @ConfigProperty(name = "motcua.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "motcua.outbox.backoff-base", defaultValue = "PT30S")
    String backoffBase;

    @Inject
    @ConfigProperty(name = "motcua.outbox.backoff-factor", defaultValue = "2.0")
    double backoffFactor;

    @Inject
    @ConfigProperty(name = "motcua.outbox.backoff-max", defaultValue = "PT1H")
    String backoffMax;

    @Inject
    @ConfigProperty(name = "motcua.outbox.backoff-jitter", defaultValue = "0.2")
    double backoffJitter;

    public boolean relayEnabled() {
        return relayEnabled;
    }

    public int workers() {
        if (workers < 1) {
            throw new IllegalStateException("motcua.outbox.workers must be at least 1, was " + workers);
        }
        return workers;
    }

    /** A stable name of this node: {@code MOTCUA_NODE_ID}, or the host name. */
    public String nodeId() {
        return nodeId.filter(s -> !s.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "motcua-node";
            }
        });
    }

    public RelaySettings relay() {
        try {
            RetryPolicy retry = new RetryPolicy(maxAttempts, duration("motcua.outbox.backoff-base", backoffBase),
                    backoffFactor, duration("motcua.outbox.backoff-max", backoffMax), backoffJitter);
            return new RelaySettings(retry, duration("motcua.outbox.lease", lease), batchSize,
                    duration("motcua.outbox.poll-interval", pollInterval));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Duration duration(String name, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(name + " must be an ISO-8601 duration such as PT30S, was " + value, e);
        }
    }
}
