package vn.motcua.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.documents.application.DocumentRefusedException.Reason;
import vn.motcua.documents.domain.Document;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.documents.domain.DocumentRepository;
import vn.motcua.documents.infrastructure.BlobStore;
import vn.motcua.documents.infrastructure.UploadInspector;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/**
 * Stores files and hands them back, checked. An upload is received into the store's incoming folder, inspected by
 * content, then moved to its content address and recorded by a metadata row, in the caller's transaction. A refused
 * upload leaves neither a file nor a row. If the transaction rolls back after the file was moved, the file stays
 * without a row: content-addressed, it is harmless and is reused by the next upload of the same bytes (it is not
 * deleted, because another upload of the same content may share it).
 *
 * <p>Who may do what, for now: any signed-in user stores; the uploader and every official read.
 */
@ApplicationScoped
@Transactional
public class DocumentStore {

    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());
    private static final int MAX_NAME_LENGTH = 255;

    private DocumentRepository documents;
    private DocumentPolicy policy;
    private BlobStore blobs;
    private UploadInspector inspector;
    private Clock clock;

    protected DocumentStore() {
    }

    @Inject
    public DocumentStore(DocumentRepository documents, DocumentPolicy policy, Clock clock) {
        this.documents = documents;
        this.policy = policy;
        this.blobs = new BlobStore(policy.root());
        this.inspector = new UploadInspector(policy);
        this.clock = clock;
    }

    /**
     * Stores an upload after checking it.
     *
     * @param declaredName the file name the uploader gave (folders are dropped)
     * @param declaredType the content type the uploader gave, or null
     * @throws DocumentRefusedException when the file is empty, too large, of a type not accepted for the purpose, of
     *                                  another type than its name or declared type say, or an unusable PDF
     */
    public StoredDocument store(Actor uploader, InputStream content, String declaredName, String declaredType,
                                DocumentPurpose purpose) {
        return store(uploader, content, declaredName, declaredType, purpose, null);
    }

    /**
     * Stores the file of a component of a dossier after checking it against the store's limits and the component's
     * own (accepted types, largest size, page range): a refused file leaves neither a file nor a row.
     *
     * @param rules the component's rules, or null for the store's limits only
     */
    public StoredDocument store(Actor uploader, InputStream content, String declaredName, String declaredType,
                                DocumentPurpose purpose, ComponentRules rules) {
        Objects.requireNonNull(uploader, "uploader is required");
        Objects.requireNonNull(content, "content is required");
        Objects.requireNonNull(purpose, "purpose is required");
        String name = fileName(declaredName);
        boolean componentLimit = rules != null && rules.maxBytes() < policy.maxBytes();
        long limit = componentLimit ? rules.maxBytes() : policy.maxBytes();
        try (BlobStore.Incoming received = blobs.receive(content, limit)) {
            if (received.overLimit()) {
                throw componentLimit
                        ? new DocumentRefusedException(Reason.COMPONENT_TOO_LARGE, name, rules.componentName(),
                                sizeText(limit))
                        : new DocumentRefusedException(Reason.TOO_LARGE, name, sizeText(policy.maxBytes()));
            }
            if (received.size() == 0) {
                throw new DocumentRefusedException(Reason.EMPTY, name);
            }
            UploadInspector.Inspection inspection = inspector.inspect(received.file(), name, declaredType, purpose,
                    rules);
            blobs.keep(received);
            Document document = new Document(received.sha256(), received.size(), inspection.mediaType(),
                    inspection.pageCount(), name, purpose, clock.instant(), uploader.username(), uploader.accountId());
            documents.add(document);
            LOG.info(() -> "Stored document " + document.getId() + " (" + document.getMediaType() + ", "
                    + document.getSizeBytes() + " bytes, " + purpose + ") for " + uploader.username());
            return StoredDocument.of(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the document store at " + policy.root(), e);
        }
    }

    /** The metadata of a document. */
    public StoredDocument describe(Actor reader, long id) {
        return StoredDocument.of(readable(reader, id));
    }

    /**
     * The bytes of a document, after checking them against its checksum.
     *
     * @throws DocumentIntegrityException when the stored bytes changed or are missing: they are never served
     */
    public DocumentContent open(Actor reader, long id) {
        return verified(readable(reader, id));
    }

    /**
     * The bytes of a document published to everybody, such as a form template attached to the public catalogue; the
     * caller has established that the document is published.
     */
    public DocumentContent openPublished(long id) {
        return verified(documents.findById(id).orElseThrow(() -> new DocumentNotFoundException(id)));
    }

    private DocumentContent verified(Document document) {
        long id = document.getId();
        try {
            InputStream bytes = blobs.openVerified(document.getSha256(), document.getSizeBytes());
            return new DocumentContent(StoredDocument.of(document), bytes);
        } catch (BlobStore.CorruptBlobException e) {
            LOG.log(Level.SEVERE, "Document {0} refused on read: {1}", new Object[] {id, e.getMessage()});
            throw new DocumentIntegrityException(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + id + " from the document store", e);
        }
    }

    private Document readable(Actor reader, long id) {
        Objects.requireNonNull(reader, "reader is required");
        Document document = documents.findById(id).orElseThrow(() -> new DocumentNotFoundException(id));
        boolean uploader = reader.accountId() != null
                ? reader.accountId().equals(document.getCreatedByAccount())
                : reader.username().equals(document.getCreatedBy());
        boolean official = reader.grants().stream().anyMatch(g -> g.role() != Role.CITIZEN);
        if (!uploader && !official) {
            throw new AccessDeniedException("not allowed to read document " + id);
        }
        return document;
    }

    /** "20 MB", "512 KB", "300 byte": a limit as people read it (in whole units, rounded down). */
    static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " byte";
    }

    /** The last segment of a path-like name, without control characters, at most 255 characters. */
    static String fileName(String declaredName) {
        String name = declaredName == null ? "" : declaredName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        if (name.isEmpty()) {
            name = "tep-khong-ten";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
