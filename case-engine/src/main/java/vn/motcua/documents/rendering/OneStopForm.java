package vn.motcua.documents.rendering;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The forms of the one-stop mechanism, under both numberings (DOMAIN.md §1.3): Appendix I of Circular
 * 03/2025/TT-VPCP, in force with Decree 118/2025 from 01/07/2025, and Circular 01/2018/TT-VPCP, which dossiers
 * received before then and some 2025 documents still cite. Circular 03/2025 added the stop notice as form 05, so the
 * control sheet and the tracking book moved up by one:
 *
 * <table>
 *   <caption>Form number, model record and template</caption>
 *   <tr><th>03/2025</th><th>01/2018</th><th>Form</th><th>Record</th><th>Template</th></tr>
 *   <tr><td>01</td><td>01</td><td>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</td>
 *       <td>{@link DossierReceipt}</td><td>dossier-receipt.ftlx</td></tr>
 *   <tr><td>02</td><td>02</td><td>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</td>
 *       <td>{@link SupplementRequest}</td><td>supplement-request.ftlx</td></tr>
 *   <tr><td>03</td><td>03</td><td>Phiếu từ chối tiếp nhận giải quyết hồ sơ</td>
 *       <td>{@link ReceiptRefusal}</td><td>receipt-refusal.ftlx</td></tr>
 *   <tr><td>04</td><td>04</td><td>Văn bản xin lỗi và hẹn lại ngày trả kết quả</td>
 *       <td>{@link ApologyLetter}</td><td>apology-letter.ftlx</td></tr>
 *   <tr><td>05</td><td>—</td><td>Thông báo dừng giải quyết hồ sơ</td>
 *       <td>{@link StopNotice}</td><td>stop-notice.ftlx</td></tr>
 *   <tr><td>06</td><td>05</td><td>Phiếu kiểm soát quá trình giải quyết hồ sơ</td>
 *       <td>{@link ControlSheet}</td><td>control-sheet.ftlx</td></tr>
 *   <tr><td>07</td><td>06</td><td>Sổ theo dõi hồ sơ</td>
 *       <td>{@link TrackingBook}</td><td>tracking-book.ftlx</td></tr>
 * </table>
 *
 * The result of a procedure is not a numbered form: {@link ResultDocument}, result-document.ftlx.
 *
 * <p>The names and the numbers of forms 04 and 05 under Circular 03/2025 come from secondary sources (◐ in
 * DOMAIN.md), and the layouts of its Appendix I were not available: the titles are fields of the records.
 */
public enum OneStopForm {

    RECEIPT("01", "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", DossierReceipt.class, DossierReceipt.TEMPLATE),
    SUPPLEMENT_REQUEST("02", "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", SupplementRequest.class,
            SupplementRequest.TEMPLATE),
    REFUSAL("03", "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", ReceiptRefusal.class, ReceiptRefusal.TEMPLATE),
    APOLOGY("04", "04", "Văn bản xin lỗi và hẹn lại ngày trả kết quả", ApologyLetter.class, ApologyLetter.TEMPLATE),
    STOP_NOTICE("05", null, "Thông báo dừng giải quyết hồ sơ", StopNotice.class, StopNotice.TEMPLATE),
    CONTROL_SHEET("06", "05", "Phiếu kiểm soát quá trình giải quyết hồ sơ", ControlSheet.class,
            ControlSheet.TEMPLATE),
    TRACKING_BOOK("07", "06", "Sổ theo dõi hồ sơ", TrackingBook.class, TrackingBook.TEMPLATE);

    /** The circular whose numbering a form number follows. */
    public enum Numbering {
        /** Appendix I of Circular 03/2025/TT-VPCP (Decree 118/2025), from 01/07/2025. */
        CIRCULAR_03_2025,
        /** Circular 01/2018/TT-VPCP (Decree 61/2018), before 01/07/2025. */
        CIRCULAR_01_2018
    }

    private final String number;
    private final String formerNumber;
    private final String vietnameseName;
    private final Class<? extends Record> model;
    private final String template;

    OneStopForm(String number, String formerNumber, String vietnameseName, Class<? extends Record> model,
                String template) {
        this.number = number;
        this.formerNumber = formerNumber;
        this.vietnameseName = vietnameseName;
        this.model = model;
        this.template = template;
    }

    /** The form's number ("06"), or empty when the numbering has no such form (the stop notice before 2025). */
    public Optional<String> number(Numbering numbering) {
        return Optional.ofNullable(switch (Objects.requireNonNull(numbering, "numbering is required")) {
            case CIRCULAR_03_2025 -> number;
            case CIRCULAR_01_2018 -> formerNumber;
        });
    }

    /** The form numbered {@code number} ("5" or "05") under {@code numbering}, if there is one. */
    public static Optional<OneStopForm> byNumber(Numbering numbering, String number) {
        Objects.requireNonNull(number, "form number is required");
        String padded = number.strip().length() == 1 ? "0" + number.strip() : number.strip();
        return Arrays.stream(values()).filter(f -> f.number(numbering).filter(padded::equals).isPresent()).findFirst();
    }

    /** The form's usual name, in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The record that carries what the form shows. */
    public Class<? extends Record> model() {
        return model;
    }

    /** The template that lays the form out ({@link PdfRenderer#render}). */
    public String template() {
        return template;
    }
}
