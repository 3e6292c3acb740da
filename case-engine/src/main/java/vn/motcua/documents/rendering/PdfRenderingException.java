package vn.motcua.documents.rendering;

/** A template that is missing or fails, or a layout that cannot be made: a fault of the template, not of the user. */
public class PdfRenderingException extends RuntimeException {

    public PdfRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
