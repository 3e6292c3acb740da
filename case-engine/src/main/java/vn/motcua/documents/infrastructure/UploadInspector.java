package vn.motcua.documents.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import vn.motcua.documents.application.DocumentMessages.TypeName;
import vn.motcua.documents.application.DocumentPolicy;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.documents.application.DocumentRefusedException.Reason;
import vn.motcua.documents.domain.DocumentPurpose;

/**
 * Decides what a received file is from its bytes (Apache Tika's magic-number detection), never from its name, then
 * checks it against the policy: the type must be accepted for the purpose, the file name and the declared type must
 * agree with the content, and a PDF must open without a password and have no more pages than the limit (PDFBox).
 *
 * <p>Office files are ZIP containers: Tika's core detection recognises an Office Open XML package when its
 * content-types part comes first (as Office and Apache POI write it) and the name then tells DOCX from XLSX.
 */
public final class UploadInspector {

    private static final MediaType OOXML = MediaType.parse("application/x-tika-ooxml");

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();
    private final DocumentPolicy policy;

    public UploadInspector(DocumentPolicy policy) {
        this.policy = policy;
    }

    /** What the content is, and its pages when it is a PDF. */
    public record Inspection(String mediaType, Integer pageCount) {
    }

    /**
     * Inspects a received file.
     *
     * @param name the file name given by the uploader (only its extension is used, to compare)
     * @param declaredType the content type given by the uploader, or null
     * @throws DocumentRefusedException when the file is not acceptable
     */
    public Inspection inspect(Path file, String name, String declaredType, DocumentPurpose purpose) throws IOException {
        Set<String> accepted = policy.acceptedTypes(purpose);
        List<TypeName> acceptedNames = accepted.stream().sorted().map(TypeName::new).toList();
        MediaType content = detect(file);
        MediaType byName = byName(name);
        MediaType found;
        if (accepted.contains(content.toString())) {
            found = content;
        } else if (content.equals(OOXML) && byName != null && accepted.contains(byName.toString())
                && registry.isSpecializationOf(byName, OOXML)) {
            found = byName;
        } else {
            throw new DocumentRefusedException(Reason.TYPE_NOT_ALLOWED, name, new TypeName(content.toString()),
                    acceptedNames);
        }
        if (byName != null && !byName.equals(found)) {
            throw new DocumentRefusedException(Reason.TYPE_MISMATCH, name, new TypeName(byName.toString()),
                    new TypeName(found.toString()));
        }
        MediaType declared = declared(declaredType);
        if (declared != null && !declared.equals(found)) {
            throw new DocumentRefusedException(Reason.TYPE_MISMATCH, name, new TypeName(declared.toString()),
                    new TypeName(found.toString()));
        }
        Integer pages = found.toString().equals(DocumentPolicy.PDF) ? pdfPages(file, name) : null;
        return new Inspection(found.toString(), pages);
    }

    private MediaType detect(Path file) throws IOException {
        try (InputStream in = TikaInputStream.get(file)) {
            return registry.normalize(types.detect(in, new Metadata()).getBaseType());
        }
    }

    /** The type the file name's extension stands for; null when the name tells none. */
    private MediaType byName(String name) {
        if (name == null || name.indexOf('.') < 0) {
            return null;
        }
        MediaType type = registry.normalize(types.getMimeType(name).getType().getBaseType());
        return type.equals(MediaType.OCTET_STREAM) ? null : type;
    }

    /** The declared content type without parameters; null when none was declared or it says nothing. */
    private MediaType declared(String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parse(declaredType.trim().toLowerCase(Locale.ROOT));
        if (type == null) {
            return null;
        }
        type = registry.normalize(type.getBaseType());
        return type.equals(MediaType.OCTET_STREAM) ? null : type;
    }

    private int pdfPages(Path file, String name) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted()) {
                throw new DocumentRefusedException(Reason.ENCRYPTED, name);
            }
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentRefusedException(Reason.UNREADABLE, name);
            }
            if (pages > policy.maxPages()) {
                throw new DocumentRefusedException(Reason.TOO_MANY_PAGES, name, pages, policy.maxPages());
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new DocumentRefusedException(Reason.ENCRYPTED, name);
        } catch (IOException e) {
            throw new DocumentRefusedException(Reason.UNREADABLE, name);
        }
    }
}
