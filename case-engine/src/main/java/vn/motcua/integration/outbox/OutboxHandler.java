package vn.motcua.integration.outbox;

/**
 * Delivers the messages of one channel. Called by the relay outside any use case's transaction, at least once per
 * message: a handler must make a repeated delivery of the same idempotency key harmless (pass it on to the consumer,
 * or store it under a unique key). Returning normally means delivered; an exception means try again later, unless
 * it is a {@link PermanentDeliveryFailure}.
 */
public interface OutboxHandler {

    OutboxChannel channel();

    void deliver(OutboxMessage message) throws Exception;
}
