package vn.motcua.integration.outbox;

/** A delivery that can never succeed as it stands (e.g. the payload names no recipient): no retries, straight to DEAD. */
public class PermanentDeliveryFailure extends RuntimeException {

    public PermanentDeliveryFailure(String message) {
        super(message);
    }

    public PermanentDeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
