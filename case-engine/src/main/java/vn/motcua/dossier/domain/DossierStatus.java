package vn.motcua.dossier.domain;

/**
 * Internal statuses of a dossier, each mapped to the national public-service portal's status code (1–10,
 * DOMAIN.md §2.3). Several internal statuses share code 4 ("Đang xử lý").
 */
public enum DossierStatus {
    SUBMITTED(1),
    RECEIVED(2),
    NOT_RECEIVED(3),
    PROCESSING(4),
    AWAITING_APPROVAL(4),
    ISSUING(4),
    AWAITING_SUPPLEMENT(5),
    AWAITING_FINANCIAL_OBLIGATION(6),
    WITHDRAWN(7),
    STOPPED(8),
    RESULT_READY(9),
    RETURNED(10);

    private final int nationalCode;

    DossierStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    /**
     * Whether the dossier has ended: not received, withdrawn, returned, or stopped (closed when the applicant did
     * not supplement or pay in time).
     */
    public boolean isFinal() {
        return this == NOT_RECEIVED || this == WITHDRAWN || this == RETURNED || this == STOPPED;
    }
}
