package vn.motcua.catalog;

import java.time.LocalDate;
import vn.motcua.organization.UnitLevel;

/**
 * A catalogue search: keywords (with or without diacritics), filters, the date whose versions count, and a page.
 *
 * @param page zero-based
 */
public record CatalogQuery(String text, String field, UnitLevel level, OnlineLevel onlineLevel, LocalDate at,
                           int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public CatalogQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
