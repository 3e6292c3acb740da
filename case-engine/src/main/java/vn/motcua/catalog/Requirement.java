package vn.motcua.catalog;

/** Whether a dossier component must be submitted, may be, or is only shown at the desk (not copied). */
public enum Requirement {
    REQUIRED, OPTIONAL, SHOWN_ONLY
}
