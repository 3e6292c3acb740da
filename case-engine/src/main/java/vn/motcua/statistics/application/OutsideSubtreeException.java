package vn.motcua.statistics.application;

/** A supervisor asked for a unit outside the subtree they answer for. */
public class OutsideSubtreeException extends RuntimeException {

    public OutsideSubtreeException(String username, String unitCode) {
        super("unit " + unitCode + " is outside the subtree of " + username);
    }
}
