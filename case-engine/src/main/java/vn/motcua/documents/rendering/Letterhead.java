package vn.motcua.documents.rendering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The heading block of an official document (Decree 30/2020/NĐ-CP, Appendix I): on the left the governing body and
 * the issuing agency with the number and symbol below them, on the right the national heading and the place and date
 * line. Rendered by the {@code letterhead} macro of {@code official.ftlx}.
 *
 * @param parentAgency the governing body, first line of the agency block (e.g. "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"),
 *                     or null when the agency has none
 * @param agency       the issuing agency or unit (e.g. "SỞ TƯ PHÁP"), printed in capitals
 * @param number       the number in the agency's register, or null before the clerk numbers the document: it is then
 *                     printed as dots for the clerk to fill in ("Số: ……/GCN-UBND")
 * @param symbol       the symbol after the number (e.g. "GCN-UBND", "HDHS"), or null when the document has none
 * @param place        the place name of the date line (e.g. "Thủ Dầu Một"), see {@link AgencyNames#place}
 * @param issuedOn     the date of the document
 */
public record Letterhead(String parentAgency, String agency, String number, String symbol, String place,
                         LocalDate issuedOn) {

    /** What the number or the symbol is printed as while it is not known yet. */
    public static final String BLANK = "……";

    public Letterhead {
        requireText(agency, "agency is required");
        requireText(place, "place of the date line is required");
        Objects.requireNonNull(issuedOn, "issue date is required");
        parentAgency = blankToNull(parentAgency);
        number = blankToNull(number);
        symbol = blankToNull(symbol);
    }

    /**
     * "Số: 15/GCN-UBND"; a number below 10 gets a leading zero ("Số: 05/…"); an unknown number is dots ("Số:
     * ……/GCN-UBND"), and a document neither numbered nor with a symbol yet is "Số: ……/……".
     */
    public String numberLine() {
        String written = number == null ? BLANK : leadingZero(number);
        if (symbol != null) {
            return "Số: " + written + "/" + symbol;
        }
        return number == null ? "Số: " + BLANK + "/" + BLANK : "Số: " + written;
    }

    private static String leadingZero(String number) {
        return number.matches("[1-9]") ? "0" + number : number;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text;
    }
}
