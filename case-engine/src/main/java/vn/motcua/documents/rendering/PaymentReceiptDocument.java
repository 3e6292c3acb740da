package vn.motcua.documents.rendering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What an electronic receipt of fees paid online (biên lai điện tử thu phí, lệ phí) shows; rendered by template
 * {@value #TEMPLATE}. Amounts are in VND, printed with dots between thousands and the total also in words.
 *
 * @param collectingUnit the unit that collects the fees (đơn vị thu), as named in the organisation tree
 * @param form      the receipt form's symbol (ký hiệu mẫu biên lai)
 * @param series    the receipt series (ký hiệu biên lai), which carries the year
 * @param number    the receipt's number in the agency's register of the year, as printed ("0000012")
 * @param reference the gateway's transaction number and the merchant's reference
 */
public record PaymentReceiptDocument(String parentAgency, String agency, String collectingUnit, String place,
                                     LocalDate issuedOn, String form, String series, String number, String dossierCode, String payerName,
                                     String procedureName, List<Line> lines, long total, LocalDateTime paidAt,
                                     String method, String reference) {

    public static final String TEMPLATE = "e-receipt.ftlx";

    /** One fee: its kind ("Phí" or "Lệ phí"), what for, what was due, what was paid, the exemption's ground if any. */
    public record Line(String kind, String description, long due, long paid, String exemptionGround) {
        public Line {
            Objects.requireNonNull(kind, "fee kind is required");
            Objects.requireNonNull(description, "fee description is required");
        }

        public String dueText() {
            return FeeReceiptDocument.money(due);
        }

        public String paidText() {
            return FeeReceiptDocument.money(paid);
        }
    }

    public PaymentReceiptDocument {
        Objects.requireNonNull(agency, "agency is required");
        Objects.requireNonNull(collectingUnit, "collecting unit is required");
        Objects.requireNonNull(place, "place is required");
        Objects.requireNonNull(issuedOn, "issue date is required");
        Objects.requireNonNull(number, "receipt number is required");
        Objects.requireNonNull(dossierCode, "dossier code is required");
        Objects.requireNonNull(payerName, "payer is required");
        Objects.requireNonNull(paidAt, "payment time is required");
        lines = List.copyOf(lines);
    }

    public String totalText() {
        return FeeReceiptDocument.money(total);
    }

    public String totalInWords() {
        return VietnameseAmounts.inWords(total);
    }
}
