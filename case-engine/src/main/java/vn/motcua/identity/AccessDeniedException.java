package vn.motcua.identity;

/** The actor may not see or act on this object. Mapped to 403 in the API and to a message in pages. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
