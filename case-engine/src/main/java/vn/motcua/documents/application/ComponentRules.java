package vn.motcua.documents.application;

import java.util.List;
import java.util.Objects;

/**
 * The rules a procedure sets for the file of one component of a dossier (thành phần hồ sơ), checked on upload on top
 * of the store's own limits, before anything is stored.
 *
 * @param componentName the component's name, quoted in refusals
 * @param acceptedTypes the media types accepted (empty: the purpose's types)
 * @param maxBytes      the largest file, in bytes
 * @param minPages      the fewest pages (an image is one page)
 * @param maxPages      the most pages, or null for no limit of its own
 */
public record ComponentRules(String componentName, List<String> acceptedTypes, long maxBytes, int minPages,
                             Integer maxPages) {

    public ComponentRules {
        Objects.requireNonNull(componentName, "component name is required");
        acceptedTypes = acceptedTypes == null ? List.of() : List.copyOf(acceptedTypes);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a component's size limit must be positive");
        }
    }

    /** The pages the file has against the component's range; {@code pages} of an image is 1. */
    public boolean pagesFit(int pages) {
        return pages >= minPages && (maxPages == null || pages <= maxPages);
    }
}
