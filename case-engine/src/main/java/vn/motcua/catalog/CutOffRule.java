package vn.motcua.catalog;

/**
 * When a dossier received late in the day starts its clock at the next opening instead (DOMAIN.md §4.2): after
 * 15:00, after 17:00, within the last hour before closing, or never.
 */
public enum CutOffRule {
    NONE, AFTER_15H, AFTER_17H, ONE_HOUR_BEFORE_CLOSING
}
