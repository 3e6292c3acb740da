package vn.motcua.documents.rendering;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the notice stopping a dossier (Thông báo dừng giải quyết hồ sơ: form 05 of Appendix I of Circular
 * 03/2025/TT-VPCP; no form of Circular 01/2018) says: the applicant asked to withdraw the dossier before a decision or
 * result was issued (Decree 118/2025 Art. 21; Circular 03/2025 Art. 7), so the agency stops resolving it. Rendered by
 * template {@value #TEMPLATE}; times are Vietnam's local times.
 *
 * <p>The form's layout was not available when this was written: the title, the legal basis and the sentence on the
 * papers are fields.
 *
 * @param letterhead  heading, number and date
 * @param title       the title, or null for {@value #DEFAULT_TITLE}
 * @param agencyName  the agency's full name in the body (e.g. "Ủy ban nhân dân phường Thủ Dầu Một")
 * @param receivedAt  when the dossier was received
 * @param requestedAt when the applicant asked to withdraw it, or null when it was stopped for another reason
 * @param reason      why it is stopped (e.g. "theo đề nghị rút hồ sơ của Ông/Bà")
 * @param legalBasis  the rule it is stopped under (e.g. "Điều 21 Nghị định số 118/2025/NĐ-CP"), or null
 * @param stoppedAt   from when it is stopped
 * @param papers      what becomes of the papers handed in (e.g. "Hồ sơ giấy được trả lại tại Bộ phận Một cửa."),
 *                    or null
 * @param signer      the agency's leader
 * @param recipients  the "Nơi nhận:" lines, possibly none
 */
public record StopNotice(Letterhead letterhead, String title, String agencyName, String applicantName,
                         String dossierCode, String procedureName, LocalDateTime receivedAt,
                         LocalDateTime requestedAt, String reason, String legalBasis, LocalDateTime stoppedAt,
                         String papers, Signer signer, List<String> recipients) {

    public static final String TEMPLATE = "stop-notice.ftlx";
    public static final String DEFAULT_TITLE = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";

    public StopNotice {
        Objects.requireNonNull(letterhead, "letterhead is required");
        title = Objects.requireNonNullElse(Letterhead.blankToNull(title), DEFAULT_TITLE);
        Letterhead.requireText(agencyName, "agency name is required");
        Letterhead.requireText(applicantName, "applicant is required");
        Letterhead.requireText(dossierCode, "dossier code is required");
        Letterhead.requireText(procedureName, "procedure is required");
        Objects.requireNonNull(receivedAt, "receipt time is required");
        Letterhead.requireText(reason, "a stop notice states why the dossier is stopped");
        Objects.requireNonNull(stoppedAt, "the time the dossier is stopped is required");
        if (stoppedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("a dossier is stopped after it was received");
        }
        Objects.requireNonNull(signer, "signer is required");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
