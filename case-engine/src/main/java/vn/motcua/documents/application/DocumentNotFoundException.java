package vn.motcua.documents.application;

/** No document with this id. Mapped to 404 in the API. */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(long documentId) {
        super(DocumentMessages.format(DocumentMessages.VIETNAMESE, "document.not_found", documentId));
    }
}
