package vn.motcua.documents.rendering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the apology and new appointment (Văn bản xin lỗi và hẹn lại ngày trả kết quả: form 04 of Appendix I of
 * Circular 03/2025/TT-VPCP and of Circular 01/2018/TT-VPCP) says: the agency apologises to the applicant that their
 * dossier cannot be resolved by the appointment, gives the reason and the one new appointment, and its leader signs.
 * Rendered by template {@value #TEMPLATE}; times are Vietnam's local times.
 *
 * @param parentAgency   the first line of the agency block (e.g. "Ủy ban nhân dân"), or null
 * @param agency         the issuing agency as printed in the heading (e.g. "phường Thủ Dầu Một"), in capitals there
 * @param agencyName     the agency's full name in the body (e.g. "Ủy ban nhân dân phường Thủ Dầu Một")
 * @param number         the number in the agency's register, or null: the clerk writes it when issuing the letter
 * @param place          the place name of the date line (e.g. "Thủ Dầu Một")
 * @param issuedOn       the day the extension was granted
 * @param receivedAt     when the complete dossier was received
 * @param dueAt          the appointment given before this letter
 * @param reason         why the dossier cannot be resolved on time
 * @param newDueAt       the new appointment
 * @param signerPosition the leader's position (e.g. "Phó Chủ tịch"), or null when none is recorded
 * @param signerName     the leader's name
 * @param title          the title, or null for {@value #DEFAULT_TITLE}: Circular 03/2025 is reported to name form 04
 *                       "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" (unverified), so the wording is
 *                       the caller's choice
 */
public record ApologyLetter(String parentAgency, String agency, String agencyName, String number, String place,
                            LocalDate issuedOn, String applicantName, String dossierCode, String procedureName,
                            LocalDateTime receivedAt, LocalDateTime dueAt, String reason, LocalDateTime newDueAt,
                            String signerPosition, String signerName, String title) {

    public static final String TEMPLATE = "apology-letter.ftlx";
    public static final String DEFAULT_TITLE = "VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";

    /** A letter under the default title {@value #DEFAULT_TITLE}. */
    public ApologyLetter(String parentAgency, String agency, String agencyName, String number, String place,
                         LocalDate issuedOn, String applicantName, String dossierCode, String procedureName,
                         LocalDateTime receivedAt, LocalDateTime dueAt, String reason, LocalDateTime newDueAt,
                         String signerPosition, String signerName) {
        this(parentAgency, agency, agencyName, number, place, issuedOn, applicantName, dossierCode, procedureName,
                receivedAt, dueAt, reason, newDueAt, signerPosition, signerName, null);
    }

    public ApologyLetter {
        Objects.requireNonNull(agency, "agency is required");
        Objects.requireNonNull(agencyName, "agency name is required");
        Objects.requireNonNull(place, "place is required");
        Objects.requireNonNull(issuedOn, "issue date is required");
        Objects.requireNonNull(applicantName, "applicant is required");
        Objects.requireNonNull(dossierCode, "dossier code is required");
        Objects.requireNonNull(procedureName, "procedure is required");
        Objects.requireNonNull(receivedAt, "receipt time is required");
        Objects.requireNonNull(dueAt, "the appointment being replaced is required");
        Objects.requireNonNull(newDueAt, "the new appointment is required");
        Objects.requireNonNull(signerName, "signer is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an apology states the reason for the delay");
        }
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        if (!newDueAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("the new appointment comes after the one it replaces");
        }
    }
}
