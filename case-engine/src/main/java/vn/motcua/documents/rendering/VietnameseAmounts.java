package vn.motcua.documents.rendering;

/** Amounts of VND in Vietnamese words, as receipts print them: 1 205 000 → "Một triệu hai trăm linh năm nghìn đồng". */
public final class VietnameseAmounts {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] SCALES = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ", " tỷ tỷ"};

    private VietnameseAmounts() {
    }

    public static String inWords(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
        if (amount == 0) {
            return "Không đồng";
        }
        StringBuilder words = new StringBuilder();
        int scale = 0;
        long rest = amount;
        java.util.List<String> groups = new java.util.ArrayList<>();
        while (rest > 0) {
            int group = (int) (rest % 1000);
            rest /= 1000;
            if (group != 0) {
                groups.add(0, group(group, rest > 0) + SCALES[scale]);
            }
            scale++;
        }
        words.append(String.join(" ", groups)).append(" đồng");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One group of three digits; {@code inner} when a higher group precedes it ("không trăm linh năm"). */
    private static String group(int value, boolean inner) {
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int units = value % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0 || inner) {
            s.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                s.append(s.isEmpty() ? "" : " linh ").append(DIGITS[units]);
            }
        } else if (tens == 1) {
            s.append(s.isEmpty() ? "" : " ").append("mười");
            if (units > 0) {
                s.append(' ').append(units == 5 ? "lăm" : DIGITS[units]);
            }
        } else {
            s.append(s.isEmpty() ? "" : " ").append(DIGITS[tens]).append(" mươi");
            if (units > 0) {
                s.append(' ').append(units == 1 ? "mốt" : units == 5 ? "lăm" : DIGITS[units]);
            }
        }
        return s.toString();
    }
}
