package vn.motcua.documents.rendering;

import java.util.List;
import java.util.Objects;

/**
 * What the refusal to receive a dossier (Phiếu từ chối tiếp nhận giải quyết hồ sơ: form 03 of Circular
 * 01/2018/TT-VPCP and of Appendix I of Circular 03/2025/TT-VPCP) says: the desk does not receive the dossier because
 * it is outside the agency's competence or cannot be accepted, and states every reason. Rendered by template
 * {@value #TEMPLATE}.
 *
 * <p>The title is a field, defaulting to the wording of Circular 01/2018, as the layout of Appendix I of Circular
 * 03/2025 was not available when this was written.
 *
 * @param letterhead       heading, number ("Số: 03/TCHS") and date
 * @param title            the title, or null for {@value #DEFAULT_TITLE}
 * @param desk             who checked the dossier (e.g. "Bộ phận Tiếp nhận và Trả kết quả phường Thủ Dầu Một"), or
 *                         null
 * @param dossierCode      the code of a dossier filed online, or null
 * @param applicantAddress the applicant's address, or null
 * @param phone            the applicant's phone number, or null
 * @param email            the applicant's e-mail address, or null
 * @param legalBasis       the rules the dossier was checked against (e.g. "Luật Hộ tịch năm 2014"), or null
 * @param reasons          why the dossier is refused, at least one
 * @param signer           who signs, usually the desk officer ("NGƯỜI TIẾP NHẬN HỒ SƠ")
 * @param recipients       the "Nơi nhận:" lines, possibly none
 */
public record ReceiptRefusal(Letterhead letterhead, String title, String desk, String dossierCode,
                             String applicantName, String applicantAddress, String phone, String email,
                             String procedureName, String legalBasis, List<String> reasons, Signer signer,
                             List<String> recipients) {

    public static final String TEMPLATE = "receipt-refusal.ftlx";
    public static final String DEFAULT_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";

    public ReceiptRefusal {
        Objects.requireNonNull(letterhead, "letterhead is required");
        title = Objects.requireNonNullElse(Letterhead.blankToNull(title), DEFAULT_TITLE);
        Letterhead.requireText(applicantName, "applicant is required");
        Letterhead.requireText(procedureName, "procedure is required");
        if (reasons == null || reasons.isEmpty() || reasons.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("a refusal states its reasons, at least one, none blank");
        }
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(signer, "signer is required");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
