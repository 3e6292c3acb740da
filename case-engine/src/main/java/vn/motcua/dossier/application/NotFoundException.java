package vn.motcua.dossier.application;

/** The requested dossier, procedure, unit or step does not exist (or is not open any more). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
