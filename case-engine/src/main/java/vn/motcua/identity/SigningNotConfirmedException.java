package vn.motcua.identity;

/** The signer did not re-confirm who they are (a missing or wrong password): nothing was signed. */
public class SigningNotConfirmedException extends AccessDeniedException {

    public SigningNotConfirmedException(String message) {
        super(message);
    }
}
