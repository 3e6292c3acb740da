package vn.motcua.documents.domain;

import java.util.Optional;

/** Metadata rows of stored documents. */
public interface DocumentRepository {

    void add(Document document);

    Optional<Document> findById(long id);
}
