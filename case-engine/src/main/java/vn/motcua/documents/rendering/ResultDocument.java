package vn.motcua.documents.rendering;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * The result of a procedure as issued (e.g. "GIẤY CHỨNG NHẬN ĐĂNG KÝ KHAI SINH"), in the layout of an official
 * document (Decree 30/2020/NĐ-CP): heading with number and symbol, place and date, title, the applicant, labelled
 * fields and paragraphs, "Nơi nhận:" and the signer, then a QR code of the link where anybody can check that the
 * document is authentic, with the dossier code. Rendered by template {@value #TEMPLATE}.
 *
 * <p><b>Signature area.</b> The PDF is signed afterwards with two visible digital-signature appearances: the
 * signer's and the agency's red seal (Decree 30/2020 Appendix I, §II). The template keeps, on the last page, a
 * rectangle across the text width and {@value #SIGNATURE_AREA_HEIGHT_MM} mm high above the bottom margin free of
 * anything printed, below the signer block: the closing, the QR code and this empty block are kept together on one
 * page, and nothing follows them. The constants below give the rectangle in PDF points (1/72 inch) from the bottom-left
 * corner of the A4 page (595.28 × 841.89 points), and the two boxes the appearances go in: the seal on the left, the
 * signer's on the right, under the signer block.
 *
 * @param letterhead     heading; a null number is printed as dots for the clerk ("Số: ……/GCN-UBND")
 * @param title          the kind of document in capitals (e.g. "GIẤY CHỨNG NHẬN ĐĂNG KÝ KHAI SINH")
 * @param summary        the line under the title (e.g. "Về việc cấp giấy phép xây dựng"), or null
 * @param applicantLabel how the applicant is introduced, or null for {@value #DEFAULT_APPLICANT_LABEL}
 * @param applicantName  the person or organisation the result is issued to
 * @param fields         the result's data as label and value (e.g. "Họ, chữ đệm, tên" / "Trần Gia Bảo")
 * @param paragraphs     free paragraphs after the fields
 * @param recipients     the "Nơi nhận:" lines
 * @param signer         who signs (e.g. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")
 * @param verificationUrl the absolute http(s) link printed as a QR code, where the document is checked
 * @param dossierCode    the dossier the result resolves
 */
public record ResultDocument(Letterhead letterhead, String title, String summary, String applicantLabel,
                             String applicantName, List<Field> fields, List<String> paragraphs,
                             List<String> recipients, Signer signer, String verificationUrl, String dossierCode) {

    public static final String TEMPLATE = "result-document.ftlx";
    public static final String DEFAULT_APPLICANT_LABEL = "Người yêu cầu";

    /** PDF points in a millimetre. */
    public static final float POINTS_PER_MM = 72f / 25.4f;

    /** The page's margins in {@code official.ftlx}: left 30 mm, right 15 mm, bottom 20 mm (A4 is 210 mm wide). */
    private static final float PAGE_WIDTH_MM = 210f;
    private static final float MARGIN_LEFT_MM = 30f;
    private static final float MARGIN_RIGHT_MM = 15f;
    private static final float MARGIN_BOTTOM_MM = 20f;

    /** The height of the reserved area in millimetres, as the template lays it out. */
    public static final int SIGNATURE_AREA_HEIGHT_MM = 60;

    /** Bottom edge of the reserved area: the bottom margin, 20 mm = 56.69 points above the page's bottom edge. */
    public static final float SIGNATURE_AREA_BOTTOM = MARGIN_BOTTOM_MM * POINTS_PER_MM;
    /** Height of the reserved area: 60 mm = 170.08 points. */
    public static final float SIGNATURE_AREA_HEIGHT = SIGNATURE_AREA_HEIGHT_MM * POINTS_PER_MM;
    /** Left edge of the reserved area: the left margin, 30 mm = 85.04 points. */
    public static final float SIGNATURE_AREA_LEFT = MARGIN_LEFT_MM * POINTS_PER_MM;
    /** Right edge of the reserved area: the right margin, 195 mm = 552.76 points. */
    public static final float SIGNATURE_AREA_RIGHT = (PAGE_WIDTH_MM - MARGIN_RIGHT_MM) * POINTS_PER_MM;

    /** The agency's seal box: 30–110 mm from the left edge (85.04–311.81 points), the area's height. */
    public static final float SEAL_BOX_LEFT = SIGNATURE_AREA_LEFT;
    public static final float SEAL_BOX_RIGHT = 110f * POINTS_PER_MM;
    /** The signer's box, under the signer block: 115–195 mm from the left edge (325.98–552.76 points). */
    public static final float PERSON_BOX_LEFT = 115f * POINTS_PER_MM;
    public static final float PERSON_BOX_RIGHT = SIGNATURE_AREA_RIGHT;

    /**
     * One labelled value of the result.
     *
     * @param label e.g. "Ngày, tháng, năm sinh"
     * @param value e.g. "02/01/2026"
     */
    public record Field(String label, String value) {
        public Field {
            Letterhead.requireText(label, "a field has a label");
            Letterhead.requireText(value, "field " + label + " has a value");
        }
    }

    public ResultDocument {
        Objects.requireNonNull(letterhead, "letterhead is required");
        Letterhead.requireText(title, "title is required");
        summary = Letterhead.blankToNull(summary);
        applicantLabel = Objects.requireNonNullElse(Letterhead.blankToNull(applicantLabel), DEFAULT_APPLICANT_LABEL);
        Letterhead.requireText(applicantName, "applicant is required");
        fields = fields == null ? List.of() : List.copyOf(fields);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        if (fields.isEmpty() && paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a result document has fields or paragraphs");
        }
        if (paragraphs.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a result document has no blank paragraph");
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        Objects.requireNonNull(signer, "signer is required");
        requireWebLink(verificationUrl);
        Letterhead.requireText(dossierCode, "dossier code is required");
    }

    /** The signature area's height as CSS, for the template: "60mm". */
    public String signatureAreaHeight() {
        return SIGNATURE_AREA_HEIGHT_MM + "mm";
    }

    private static void requireWebLink(String link) {
        Letterhead.requireText(link, "verification link is required");
        try {
            URI uri = new URI(link);
            if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("the verification link is an absolute http(s) link: " + link);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the verification link is not a valid link: " + link, e);
        }
    }
}
