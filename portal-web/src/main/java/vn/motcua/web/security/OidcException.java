package vn.motcua.web.security;

/** A sign-in through the external provider that is refused, with the reason (the message is for the log). */
public class OidcException extends RuntimeException {

    /** Why; each has a message {@code oidc.failed.<reason in lower case>} for the visitor. */
    public enum Reason {
        /** The provider cannot be reached or its discovery document is unusable. */
        PROVIDER_UNAVAILABLE,
        /** The visitor cancelled, or the provider refused the request. */
        PROVIDER_REFUSED,
        /** No sign-in was started in this session: a replayed, stale or forged callback. */
        NO_LOGIN_IN_PROGRESS,
        /** The state does not match the sign-in started in this session. */
        STATE_MISMATCH,
        /** The callback could not be read. */
        INVALID_RESPONSE,
        /** The code could not be exchanged for tokens. */
        TOKEN_EXCHANGE_FAILED,
        /** The ID token's signature, issuer, audience, expiry or nonce is wrong. */
        ID_TOKEN_INVALID
    }

    private final Reason reason;

    public OidcException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
