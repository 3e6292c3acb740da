package vn.motcua.integration.dvcqg;

/**
 * The national portal could not be reached or did not answer in time, answered 5xx, or refused the session: a
 * transient failure, tried again with backoff. (A timeout may hide a message the portal took: the repeat carries the
 * same idempotency key.)
 */
public class PortalUnavailable extends RuntimeException {

    public PortalUnavailable(String message) {
        super(message);
    }

    public PortalUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
