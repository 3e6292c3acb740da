package vn.motcua.dossier.domain;

/** An action that the dossier's current status does not allow (e.g. approving a dossier not yet drafted). */
public class IllegalDossierTransitionException extends RuntimeException {

    private final DossierStatus status;
    private final String action;

    public IllegalDossierTransitionException(String code, DossierStatus status, String action) {
        super("dossier " + code + " in status " + status + " does not allow " + action);
        this.status = status;
        this.action = action;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public String getAction() {
        return action;
    }
}
