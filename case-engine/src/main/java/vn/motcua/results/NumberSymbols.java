package vn.motcua.results;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The symbol ("ký hiệu") printed after a document number, as Decree 30/2020 builds it: the abbreviation of the kind of
 * document, a hyphen, the abbreviation of the issuing agency — "15/GCN-UBND", "7/QĐ-STP".
 */
public final class NumberSymbols {

    private NumberSymbols() {
    }

    /** The symbol of a result named {@code resultName} issued by the agency named {@code agencyName}. */
    public static String of(String resultName, String agencyName) {
        return kind(resultName) + "-" + agency(agencyName);
    }

    /**
     * "GCN" for a certificate, "QĐ" for a decision, "GP" for a licence, "GXN" for a confirmation, "TB" for a notice
     * (the reasoned refusal letter), else "KQ".
     */
    static String kind(String resultName) {
        String name = resultName == null ? "" : resultName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("giấy chứng nhận")) {
            return "GCN";
        }
        if (name.startsWith("quyết định")) {
            return "QĐ";
        }
        if (name.startsWith("giấy phép")) {
            return "GP";
        }
        if (name.startsWith("giấy xác nhận") || name.startsWith("xác nhận")) {
            return "GXN";
        }
        if (name.startsWith("trích lục")) {
            return "TL";
        }
        if (name.startsWith("thông báo")) {
            return "TB";
        }
        return "KQ";
    }

    /** "UBND" for a people's committee, else the initials of the name's words ("Sở Tư pháp" → "STP"). */
    static String agency(String agencyName) {
        String name = agencyName == null ? "" : agencyName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ủy ban nhân dân") || lower.startsWith("uỷ ban nhân dân") || lower.startsWith("ubnd")) {
            return "UBND";
        }
        String initials = Arrays.stream(name.split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> initial(w.codePointAt(0))).collect(Collectors.joining());
        return initials.isEmpty() ? "CQ" : initials;
    }

    private static String initial(int codePoint) {
        String letter = new String(Character.toChars(codePoint)).toUpperCase(Locale.ROOT);
        if (letter.equals("Đ")) {
            return letter;
        }
        return Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
