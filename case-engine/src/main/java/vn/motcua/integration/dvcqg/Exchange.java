package vn.motcua.integration.dvcqg;

import java.time.Instant;

/**
 * One HTTP exchange with the national portal as the integration log keeps it (bodies truncated and masked).
 *
 * @param outcome {@code OK}, {@code RETRY} (timeout, connection, 5xx, session refused) or {@code REJECTED} (the portal
 *                refused the content: a permanent failure)
 */
public record Exchange(long id, Instant occurredAt, String service, String dossierCode, String idempotencyKey,
                       Long outboxMessageId, Integer attempt, String url, Integer httpStatus, String outcome,
                       long durationMillis, String requestBody, String responseBody, String error) {
}
