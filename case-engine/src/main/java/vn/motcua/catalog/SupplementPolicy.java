package vn.motcua.catalog;

/** What a supplement request does to the legal clock: start it again on the complete dossier, or pause it. */
public enum SupplementPolicy {
    RESTART, PAUSE
}
