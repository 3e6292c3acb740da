package vn.motcua.notification.infrastructure;

/**
 * The port to an SMS gateway. A gateway adapter passes the idempotency key on (most gateways accept a client
 * reference) so a repeated delivery is not sent twice.
 */
public interface SmsSender {

    void send(String phone, String text, String idempotencyKey) throws Exception;
}
