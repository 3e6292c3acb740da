package vn.motcua.integration.outbox;

import java.util.Objects;

/**
 * A message to enqueue.
 *
 * @param aggregateType  what the message is about, e.g. {@code DOSSIER}
 * @param aggregateId    which one, e.g. the dossier code; with the channel it names the ordered stream
 * @param channel        where it goes
 * @param messageType    what it says, e.g. {@code DOSSIER_ACCEPTED} (for administrators and consumers)
 * @param payload        the content as JSON text, complete enough to deliver without reading other tables
 * @param idempotencyKey unique per message; passed to the consumer so a repeated delivery is recognised
 */
public record NewMessage(String aggregateType, String aggregateId, OutboxChannel channel, String messageType,
                         String payload, String idempotencyKey) {

    public NewMessage {
        requireText(aggregateType, "aggregate type", 40);
        requireText(aggregateId, "aggregate id", 100);
        Objects.requireNonNull(channel, "channel is required");
        requireText(messageType, "message type", 60);
        requireText(payload, "payload", Integer.MAX_VALUE);
        requireText(idempotencyKey, "idempotency key", 150);
    }

    private static void requireText(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
    }
}
