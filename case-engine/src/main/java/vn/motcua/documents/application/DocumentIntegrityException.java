package vn.motcua.documents.application;

import java.util.Locale;

/**
 * The stored bytes of a document no longer match its checksum (changed or missing on disk): the store refuses to
 * serve them. A fault of the server's storage, to be restored from a backup, never of the caller.
 */
public class DocumentIntegrityException extends RuntimeException {

    private static final String KEY = "document.integrity";

    private final long documentId;

    public DocumentIntegrityException(long documentId) {
        super(DocumentMessages.format(DocumentMessages.VIETNAMESE, KEY, documentId));
        this.documentId = documentId;
    }

    public long documentId() {
        return documentId;
    }

    public String message(Locale locale) {
        return DocumentMessages.format(locale, KEY, documentId);
    }
}
