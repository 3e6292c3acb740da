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
import vn.motcua.documents.application.ComponentRules;
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
        return inspect(file, name, declaredType, purpose, null);
    }

    /**
     * Inspects a received file for a component of a dossier: its type must also be one the component accepts, and
     * its pages (a PDF's, or one for an image) within the component's range.
     *
     * @param rules the component's rules, or null for the purpose's only
     */
    public Inspection inspect(Path file, String name, String declaredType, DocumentPurpose purpose,
                              ComponentRules rules) throws IOException {
        Set<String> accepted = policy.acceptedTypes(purpose);
        if (rules != null && !rules.acceptedTypes().isEmpty()) {
            MediaType content = detect(file);
            if (!rules.acceptedTypes().contains(content.toString()) || !accepted.contains(content.toString())) {
                List<TypeName> wanted = rules.acceptedTypes().stream().filter(accepted::contains).sorted()
                        .map(TypeName::new).toList();
                throw new DocumentRefusedException(Reason.COMPONENT_TYPE, name, rules.componentName(), wanted,
                        new TypeName(content.toString()));
            }
        }
        Inspection inspection = inspectFor(file, name, declaredType, accepted);
        if (rules != null) {
            int pages = inspection.pageCount() == null ? 1 : inspection.pageCount();
            if (!rules.pagesFit(pages)) {
                throw rules.maxPages() == null
                        ? new DocumentRefusedException(Reason.COMPONENT_TOO_FEW_PAGES, name, rules.componentName(),
                                rules.minPages(), pages)
                        : new DocumentRefusedException(Reason.COMPONENT_PAGES, name, rules.componentName(),
                                rules.minPages(), rules.maxPages(), pages);
            }
        }
        return inspection;
    }

    private Inspection inspectFor(Path file, String name, String declaredType, Set<String> accepted)
            throws IOException {
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
