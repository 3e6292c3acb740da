package vn.motcua.documents.rendering;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the request to supplement or complete a dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: form 02 of
 * Circular 01/2018/TT-VPCP and of Appendix I of Circular 03/2025/TT-VPCP) says. The desk, or the competent agency
 * during appraisal, asks only once (Decree 118/2025 Art. 11), so the request lists <em>every</em> missing or incorrect
 * item together, each with its reason, and the date by which the applicant completes the dossier. Rendered by
 * template {@value #TEMPLATE}.
 *
 * <p>The layout of Appendix I of Circular 03/2025 was not available when this was written: the title and the
 * sentence on what happens after the deadline (the clock restarts, or the dossier is closed, per procedure policy)
 * are fields, defaulting to the wording of Circular 01/2018.
 *
 * @param letterhead       heading, number ("Số: 12/HDHS") and date
 * @param title            the title, or null for {@value #DEFAULT_TITLE}
 * @param desk             who received the dossier (e.g. "Bộ phận Tiếp nhận và Trả kết quả phường Thủ Dầu Một"), or
 *                         null
 * @param dossierCode      the dossier code, or null when the dossier was not given one (a dossier checked at the
 *                         desk before it is received)
 * @param applicantAddress the applicant's address, or null
 * @param phone            the applicant's phone number, or null
 * @param email            the applicant's e-mail address, or null
 * @param items            everything to supplement or correct, at least one
 * @param deadline         the last day on which the applicant may hand in the supplement
 * @param afterDeadline    what happens when the deadline passes (e.g. "Quá thời hạn trên, hồ sơ sẽ bị trả lại."),
 *                         or null to say nothing
 * @param contact          whom to ask while completing the dossier (e.g. "bà Lê Thị Mai, số điện thoại 0274 3822
 *                         123"), or null
 * @param signer           who signs: the desk officer who guides the applicant ("NGƯỜI HƯỚNG DẪN"), or during
 *                         appraisal the agency's leader
 * @param recipients       the "Nơi nhận:" lines, possibly none
 */
public record SupplementRequest(Letterhead letterhead, String title, String desk, String dossierCode,
                                String applicantName, String applicantAddress, String phone, String email,
                                String procedureName, List<Item> items, LocalDate deadline, String afterDeadline,
                                String contact, Signer signer, List<String> recipients) {

    public static final String TEMPLATE = "supplement-request.ftlx";
    public static final String DEFAULT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";

    /**
     * One paper to hand in or to correct.
     *
     * @param document    the paper (e.g. "Giấy xác nhận tình trạng hôn nhân")
     * @param requirement what the applicant does (e.g. "Nộp bổ sung bản chính"), or null when the reason says it
     * @param reason      why: what is missing or wrong
     */
    public record Item(String document, String requirement, String reason) {
        public Item {
            Letterhead.requireText(document, "each supplement item names the paper concerned");
            Letterhead.requireText(reason, "each supplement item gives its reason: " + document);
            requirement = Letterhead.blankToNull(requirement);
        }
    }

    public SupplementRequest {
        Objects.requireNonNull(letterhead, "letterhead is required");
        title = Objects.requireNonNullElse(Letterhead.blankToNull(title), DEFAULT_TITLE);
        Letterhead.requireText(applicantName, "applicant is required");
        Letterhead.requireText(procedureName, "procedure is required");
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException(
                    "a supplement request lists every missing or incorrect item, at least one");
        }
        items = List.copyOf(items);
        Objects.requireNonNull(deadline, "the applicant's deadline is required");
        if (deadline.isBefore(letterhead.issuedOn())) {
            throw new IllegalArgumentException("the applicant's deadline cannot be before the request is issued");
        }
        Objects.requireNonNull(signer, "signer is required");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
