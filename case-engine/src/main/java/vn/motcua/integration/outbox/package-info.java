/**
 * The outbox core, free of the container so it runs in plain tests: the message table's JDBC store, the relay that
 * claims and delivers messages (safe across nodes through conditional updates and leases, no row locks held), the
 * retry policy and the handler port that channels implement.
 *
 * <p>Ordering: messages of one (aggregate, channel) stream are delivered in id order. Only the oldest PENDING or
 * DEAD message of a stream may be claimed, so a DEAD message holds the later messages of its stream until an
 * administrator retries or discards it. Streams are per channel so a failing mail server never holds officials'
 * inbox notices for the same dossier.
 */
package vn.motcua.integration.outbox;
