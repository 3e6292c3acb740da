package vn.motcua.integration.outbox;

/** The outbox table could not be read or written. */
public class OutboxStoreException extends RuntimeException {

    public OutboxStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
