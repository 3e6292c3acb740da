package vn.motcua.documents.rendering;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt of fees paid at the counter (biên lai thu phí, lệ phí) shows; rendered by template {@value #TEMPLATE}.
 * Amounts are in VND, printed with dots between thousands ("15.000").
 *
 * @param number       the receipt's number in the agency's register of the year, as printed ("000012/2026")
 * @param collectorName who collected the fees at the desk
 */
public record FeeReceiptDocument(String parentAgency, String agency, String place, LocalDate issuedOn, String number,
                                 String dossierCode, String payerName, String procedureName, List<Line> lines,
                                 long total, LocalDateTime collectedAt, String collectorName) {

    public static final String TEMPLATE = "fee-receipt.ftlx";

    /** One fee: its kind ("Phí" or "Lệ phí"), what for, what was due, what was paid, the exemption's reason if any. */
    public record Line(String kind, String description, long due, long paid, String exemptionReason) {
        public Line {
            Objects.requireNonNull(kind, "fee kind is required");
            Objects.requireNonNull(description, "fee description is required");
        }

        public String dueText() {
            return money(due);
        }

        public String paidText() {
            return money(paid);
        }
    }

    public FeeReceiptDocument {
        Objects.requireNonNull(agency, "agency is required");
        Objects.requireNonNull(place, "place is required");
        Objects.requireNonNull(issuedOn, "issue date is required");
        Objects.requireNonNull(number, "receipt number is required");
        Objects.requireNonNull(dossierCode, "dossier code is required");
        Objects.requireNonNull(payerName, "payer is required");
        Objects.requireNonNull(procedureName, "procedure is required");
        Objects.requireNonNull(collectedAt, "collection time is required");
        lines = List.copyOf(lines);
    }

    public String totalText() {
        return money(total);
    }

    /** 15000 → "15.000". */
    static String money(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }
}
