package vn.motcua.documents.application;

import java.time.Instant;
import vn.motcua.documents.domain.Document;
import vn.motcua.documents.domain.DocumentPurpose;

/**
 * What the store tells about a stored document: its id, checksum, size, the type found in its content, the page
 * count of a PDF (else null), the name it was uploaded under, why and when and by whom.
 */
public record StoredDocument(long id, String sha256, long size, String mediaType, Integer pageCount,
                             String originalName, DocumentPurpose purpose, Instant createdAt, String createdBy) {

    static StoredDocument of(Document document) {
        return new StoredDocument(document.getId(), document.getSha256(), document.getSizeBytes(),
                document.getMediaType(), document.getPageCount(), document.getOriginalName(), document.getPurpose(),
                document.getCreatedAt(), document.getCreatedBy());
    }
}
