package vn.motcua.dossier.domain;

/** How a component of a dossier was handed in (thành phần hồ sơ là bản chính, bản sao, bản sao chứng thực, bản điện tử). */
public enum PaperForm {
    ORIGINAL("Bản chính"),
    COPY("Bản sao"),
    CERTIFIED_COPY("Bản sao chứng thực"),
    ELECTRONIC("Bản điện tử");

    private final String label;

    PaperForm(String label) {
        this.label = label;
    }

    /** The Vietnamese name printed on receipts. */
    public String label() {
        return label;
    }
}
