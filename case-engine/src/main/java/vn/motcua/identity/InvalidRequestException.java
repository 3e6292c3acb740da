package vn.motcua.identity;

/** An administrator's request that breaks a rule (message in Vietnamese, for the page); nothing was stored. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
