package vn.motcua.dossier.application;

import java.util.List;
import vn.motcua.catalog.Component;
import vn.motcua.documents.application.ComponentRules;
import vn.motcua.documents.application.DocumentMessages;
import vn.motcua.documents.application.DocumentMessages.TypeName;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;

/** A component's rules for its file, as the document store checks them, and the same check of a stored document. */
public final class ComponentFiles {

    private ComponentFiles() {
    }

    /** The rules of a component for the document store: its accepted types, size limit and page range. */
    public static ComponentRules rules(Component component) {
        return new ComponentRules(component.name(), component.acceptedTypeList(),
                Math.max(1, component.maxSizeKb()) * 1024L, component.minPages(), component.maxPages());
    }

    /**
     * What is wrong with a stored document as the file of a component (a document reused from the citizen's store
     * was checked against another component's rules, or none), in Vietnamese; null when it fits.
     */
    public static String problem(Component component, StoredDocument document) {
        if (document.purpose() != DocumentPurpose.DOSSIER_COMPONENT && document.purpose() != DocumentPurpose.ISSUED) {
            return "Tệp \"" + document.originalName() + "\" không phải giấy tờ của hồ sơ";
        }
        ComponentRules rules = rules(component);
        if (!rules.acceptedTypes().isEmpty() && !rules.acceptedTypes().contains(document.mediaType())) {
            List<TypeName> wanted = rules.acceptedTypes().stream().sorted().map(TypeName::new).toList();
            return DocumentMessages.format(DocumentMessages.VIETNAMESE, "document.refused.component_type",
                    document.originalName(), component.name(), wanted, new TypeName(document.mediaType()));
        }
        if (document.size() > rules.maxBytes()) {
            return DocumentMessages.format(DocumentMessages.VIETNAMESE, "document.refused.component_too_large",
                    document.originalName(), component.name(), sizeText(rules.maxBytes()));
        }
        int pages = document.pageCount() == null ? 1 : document.pageCount();
        if (!rules.pagesFit(pages)) {
            return rules.maxPages() == null
                    ? DocumentMessages.format(DocumentMessages.VIETNAMESE, "document.refused.component_too_few_pages",
                            document.originalName(), component.name(), rules.minPages(), pages)
                    : DocumentMessages.format(DocumentMessages.VIETNAMESE, "document.refused.component_pages",
                            document.originalName(), component.name(), rules.minPages(), rules.maxPages(), pages);
        }
        return null;
    }

    /** "2 MB", "512 KB": a limit as people read it. */
    static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " byte";
    }
}
