package vn.motcua.signing.pki;

/** The development CA could not create, read or use a key or certificate. */
public class PkiException extends RuntimeException {

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}
