package vn.motcua.documents.application;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.motcua.documents.domain.DocumentPurpose;

/**
 * Where the store keeps files and what it accepts: the root folder (every node must reach the same one), the
 * largest file, the most pages of a PDF, and the content types accepted for each purpose.
 */
public record DocumentPolicy(Path root, long maxBytes, int maxPages, Map<DocumentPurpose, Set<String>> acceptedTypes) {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 200;

    public DocumentPolicy {
        Objects.requireNonNull(root, "document root is required");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("motcua.documents.max-bytes must be positive, was " + maxBytes);
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("motcua.documents.max-pages must be positive, was " + maxPages);
        }
        EnumMap<DocumentPurpose, Set<String>> complete = new EnumMap<>(DocumentPurpose.class);
        for (DocumentPurpose purpose : DocumentPurpose.values()) {
            Set<String> types = acceptedTypes.get(purpose);
            if (types == null || types.isEmpty()) {
                throw new IllegalArgumentException("no accepted content types for documents of purpose " + purpose);
            }
            complete.put(purpose, Set.copyOf(new LinkedHashSet<>(types)));
        }
        root = root.toAbsolutePath().normalize();
        acceptedTypes = Map.copyOf(complete);
    }

    /** The default limits (20 MB, 200 pages) and types, with files under {@code root}. */
    public static DocumentPolicy defaults(Path root) {
        return new DocumentPolicy(root, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, defaultAcceptedTypes());
    }

    /** PDF, JPEG and PNG for everything from outside; office files for officials' working files; PDF when issued. */
    public static Map<DocumentPurpose, Set<String>> defaultAcceptedTypes() {
        return Map.of(
                DocumentPurpose.DOSSIER_COMPONENT, Set.of(PDF, JPEG, PNG),
                DocumentPurpose.SCAN, Set.of(PDF, JPEG, PNG),
                DocumentPurpose.WORKING_FILE, Set.of(PDF, JPEG, PNG, DOCX, XLSX),
                DocumentPurpose.ISSUED, Set.of(PDF));
    }

    public Set<String> acceptedTypes(DocumentPurpose purpose) {
        return acceptedTypes.get(purpose);
    }

    public DocumentPolicy withLimits(long maxBytes, int maxPages) {
        return new DocumentPolicy(root, maxBytes, maxPages, acceptedTypes);
    }
}
