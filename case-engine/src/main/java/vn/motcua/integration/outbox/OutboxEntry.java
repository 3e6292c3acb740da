package vn.motcua.integration.outbox;

import java.time.Instant;

/** One row of the outbox as administrators see it. */
public record OutboxEntry(long id, String aggregateType, String aggregateId, OutboxChannel channel,
                          String messageType, String payload, String idempotencyKey, OutboxStatus status,
                          int attempts, Instant nextAttemptAt, String lastError, String leaseOwner,
                          Instant leaseUntil, Instant createdAt, Instant deliveredAt, String closedBy,
                          String closedReason) {
}
