package vn.motcua.documents.rendering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A printed stretch of the desk's register of dossiers (Sổ theo dõi hồ sơ: form 07 of Appendix I of Circular
 * 03/2025/TT-VPCP, form 06 of Circular 01/2018/TT-VPCP): one row per dossier received in a period, with its code,
 * procedure, applicant, handling agency and the dates it was received, promised, forwarded to the handling agency,
 * got back as a result and returned. Rendered, on landscape A4 pages, by template {@value #TEMPLATE}; times are
 * Vietnam's local times.
 *
 * @param parentAgency the governing body in the heading (e.g. "ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT"), or null
 * @param agency       the desk keeping the register (e.g. "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")
 * @param title        the title, or null for {@value #DEFAULT_TITLE}
 * @param volume       the volume ("Quyển số"), or null
 * @param from         the first day of the period printed
 * @param to           the last day of the period printed
 * @param place        the place name of the date line
 * @param printedOn    the day the register was printed
 * @param entries      the dossiers received in the period, in the order of the register (possibly none)
 */
public record TrackingBook(String parentAgency, String agency, String title, String volume, LocalDate from,
                           LocalDate to, String place, LocalDate printedOn, List<Entry> entries) {

    public static final String TEMPLATE = "tracking-book.ftlx";
    public static final String DEFAULT_TITLE = "SỔ THEO DÕI HỒ SƠ";

    /**
     * One dossier of the register.
     *
     * @param contact        the applicant's address and phone number as written in the register, or null
     * @param sets           how many sets of papers were handed in
     * @param handlingAgency the agency that resolves the dossier
     * @param dueAt          the appointment (the extended one after an apology), or null when it has none
     * @param forwardedAt    when the desk handed the dossier to the handling agency, or null
     * @param resultAt       when the desk got the result back from the handling agency, or null
     * @param returnedAt     when the result was returned to the applicant, or null
     * @param notes          remarks (e.g. "Trả qua dịch vụ bưu chính công ích"), or null
     */
    public record Entry(String dossierCode, String procedureName, int sets, String applicantName, String contact,
                        String handlingAgency, LocalDateTime receivedAt, LocalDateTime dueAt,
                        LocalDateTime forwardedAt, LocalDateTime resultAt, LocalDateTime returnedAt, String notes) {
        public Entry {
            Letterhead.requireText(dossierCode, "dossier code is required");
            Letterhead.requireText(procedureName, "procedure is required: " + dossierCode);
            Letterhead.requireText(applicantName, "applicant is required: " + dossierCode);
            Letterhead.requireText(handlingAgency, "handling agency is required: " + dossierCode);
            Objects.requireNonNull(receivedAt, "receipt time is required: " + dossierCode);
            if (sets <= 0) {
                throw new IllegalArgumentException("a dossier has at least one set: " + dossierCode);
            }
            for (LocalDateTime later : new LocalDateTime[] {forwardedAt, resultAt, returnedAt}) {
                if (later != null && later.isBefore(receivedAt)) {
                    throw new IllegalArgumentException(
                            "a dossier is forwarded, resolved and returned after it is received: " + dossierCode);
                }
            }
        }
    }

    public TrackingBook {
        parentAgency = Letterhead.blankToNull(parentAgency);
        Letterhead.requireText(agency, "agency is required");
        title = Objects.requireNonNullElse(Letterhead.blankToNull(title), DEFAULT_TITLE);
        volume = Letterhead.blankToNull(volume);
        Objects.requireNonNull(from, "first day of the period is required");
        Objects.requireNonNull(to, "last day of the period is required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends on or after its first day");
        }
        Letterhead.requireText(place, "place of the date line is required");
        Objects.requireNonNull(printedOn, "printing date is required");
        entries = List.copyOf(entries);
    }
}
