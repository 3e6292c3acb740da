package vn.motcua.platform.transactions;

/**
 * The use case kept losing the race for rows that other work was changing at the same moment and gave up; nothing of
 * it is stored. The caller may simply try again (HTTP 409).
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(int attempts, Throwable lastConflict) {
        super("the record was changed by other work at the same moment " + attempts
                + " times in a row; nothing was stored, please try again", lastConflict);
    }
}
