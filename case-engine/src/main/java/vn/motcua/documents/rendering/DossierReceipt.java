package vn.motcua.documents.rendering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the dossier receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, form 01 of Circular
 * 01/2018/TT-VPCP and of Appendix I of Circular 03/2025) shows; rendered by template {@value #TEMPLATE}.
 *
 * @param parentAgency  the governing body, first line of the agency block (e.g. "ỦY BAN NHÂN DÂN")
 * @param agency        the issuing unit (e.g. "PHƯỜNG THỦ DẦU MỘT"), in capitals on the document
 * @param receiptNumber the number in the desk's register, shown as "Số: 125/TNHS"
 * @param place         the place name of the date line (e.g. "Thủ Dầu Một")
 * @param issuedOn      the business date of the slip
 * @param desk          the receiving desk (e.g. "Bộ phận Tiếp nhận và Trả kết quả phường Thủ Dầu Một")
 * @param processingTime the time allowed by the procedure, as written (e.g. "05 ngày làm việc")
 * @param returnPlace   where the applicant chose to receive the result
 * @param lookupUrl     the link printed as a QR code, where the applicant follows the dossier
 */
public record DossierReceipt(String parentAgency, String agency, String receiptNumber, String place,
                             LocalDate issuedOn, String dossierCode, String desk, String applicantName,
                             String applicantAddress, String phone, String email, String procedureName,
                             List<Component> components, int sets, String processingTime, LocalDateTime receivedAt,
                             LocalDateTime returnAt, String returnPlace, String receiverName, String lookupUrl) {

    public static final String TEMPLATE = "dossier-receipt.ftlx";

    /** A paper of the dossier and its form ("Bản chính", "Bản sao có chứng thực", "Bản điện tử"). */
    public record Component(String name, String form) {
        public Component {
            Objects.requireNonNull(name, "component name is required");
            Objects.requireNonNull(form, "component form is required");
        }
    }

    public DossierReceipt {
        Objects.requireNonNull(agency, "agency is required");
        Objects.requireNonNull(place, "place is required");
        Objects.requireNonNull(issuedOn, "issue date is required");
        Objects.requireNonNull(dossierCode, "dossier code is required");
        Objects.requireNonNull(applicantName, "applicant is required");
        Objects.requireNonNull(procedureName, "procedure is required");
        Objects.requireNonNull(receivedAt, "receipt time is required");
        Objects.requireNonNull(returnAt, "appointment is required");
        Objects.requireNonNull(lookupUrl, "lookup link is required");
        components = List.copyOf(components);
        if (sets <= 0) {
            throw new IllegalArgumentException("a dossier has at least one set");
        }
    }
}
