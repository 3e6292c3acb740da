package vn.motcua.integration.outbox;

/**
 * A claimed message as a handler receives it.
 *
 * @param attempt which delivery attempt this is, starting at 1
 */
public record OutboxMessage(long id, String aggregateType, String aggregateId, OutboxChannel channel,
                            String messageType, String payload, String idempotencyKey, int attempt) {
}
