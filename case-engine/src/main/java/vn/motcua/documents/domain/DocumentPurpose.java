package vn.motcua.documents.domain;

/**
 * Why a file is stored; each purpose has its own list of accepted content types (configurable, see
 * {@code DocumentPolicy}).
 */
public enum DocumentPurpose {
    /** A paper of a dossier uploaded by the applicant (PDF, JPEG, PNG by default). */
    DOSSIER_COMPONENT,
    /** A scan made at the desk when a paper dossier is digitised (PDF, JPEG, PNG). */
    SCAN,
    /** A working file of an official: a draft, a table, an appraisal (also DOCX and XLSX). */
    WORKING_FILE,
    /** A document the system issues: a form or a result rendered to PDF (PDF only). */
    ISSUED
}
