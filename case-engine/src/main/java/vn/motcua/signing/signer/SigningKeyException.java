package vn.motcua.signing.signer;

/** A signing key could not be reached or used (wrong PIN, token absent, alias unknown, key refused). */
public class SigningKeyException extends RuntimeException {

    public SigningKeyException(String message) {
        super(message);
    }

    public SigningKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
