/**
 * Integration with the world outside a use case's transaction. The transactional outbox: a message is written in
 * the same transaction as the change that causes it ({@link vn.motcua.integration.application.Outbox}) and a relay
 * on every node delivers it afterwards, at least once, in order per aggregate and channel, with retries, exponential
 * backoff and a dead-letter state that an administrator inspects, retries or discards. Consumers (e-mail, SMS, the
 * in-app inbox, later the national portal) receive each message's idempotency key so a repeated delivery is harmless.
 */
package vn.motcua.integration;
