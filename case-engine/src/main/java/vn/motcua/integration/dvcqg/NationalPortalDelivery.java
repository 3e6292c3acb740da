package vn.motcua.integration.dvcqg;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxHandler;
import vn.motcua.integration.outbox.OutboxMessage;
import vn.motcua.integration.outbox.PermanentDeliveryFailure;

/**
 * Delivers the outbox's DVCQG messages: the payload is the service call as it was built when the dossier changed
 * ({@code {service, isUpdating, data[]}}), posted with the message's idempotency key. Transient failures are thrown
 * for the relay to retry with backoff; a refused message is a {@link PermanentDeliveryFailure} (DEAD on the outbox
 * page).
 */
public class NationalPortalDelivery implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(NationalPortalDelivery.class.getName());

    private final Supplier<PortalClient> client;
    private final Consumer<NationalPortalAccepted> accepted;

    public NationalPortalDelivery(PortalClient client) {
        Objects.requireNonNull(client, "portal client is required");
        this.client = () -> client;
        this.accepted = fact -> { };
    }

    /** With the client made at the first delivery (a configuration error then fails deliveries, not start-up). */
    public NationalPortalDelivery(Supplier<PortalClient> client) {
        this(client, fact -> { });
    }

    /** As above, telling {@code accepted} about every call the portal accepted. */
    public NationalPortalDelivery(Supplier<PortalClient> client, Consumer<NationalPortalAccepted> accepted) {
        this.client = Objects.requireNonNull(client, "portal client is required");
        this.accepted = Objects.requireNonNull(accepted, "listener is required");
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.DVCQG;
    }

    @Override
    public void deliver(OutboxMessage message) {
        String service;
        try (JsonReader reader = Json.createReader(new StringReader(message.payload()))) {
            JsonObject body = reader.readObject();
            service = body.getString("service");
        } catch (JsonException | ClassCastException | NullPointerException | IllegalStateException e) {
            throw new PermanentDeliveryFailure("the DVCQG message " + message.id() + " holds no service call", e);
        }
        client.get().post(new ExchangeLog.Subject(service, message.aggregateId(), message.idempotencyKey(), message.id(),
                message.attempt()), message.payload());
        try {
            accepted.accept(new NationalPortalAccepted(message.aggregateId(), service));
        } catch (RuntimeException e) {
            // The portal has it: a listener's failure must not make the relay send it again.
            LOG.log(Level.WARNING, e, () -> "A listener failed after the national portal accepted message "
                    + message.id());
        }
    }
}
