package vn.motcua.audit.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal identifiers in free text before it is stored in the audit trail (or anywhere else that must not hold
 * them). The masked form is the one pages already use for personal IDs: every digit but the last three becomes
 * {@code *}, separators stay where they were.
 * <ul>
 *   <li>e-mail addresses keep the first character of the local part and the domain:
 *       {@code congdan.an@example.vn} → {@code c***@example.vn};</li>
 *   <li>any run of nine or more digits (12-digit personal IDs, 9-digit legacy IDs, phone numbers written without
 *       separators, long account numbers): {@code 079203001234} → {@code *********234},
 *       {@code +84912345678} → {@code +********678};</li>
 *   <li>phone numbers and IDs written in groups separated by single spaces or dots, starting with {@code 0} or
 *       {@code +84}, nine digits or more in all: {@code 0912 345 678} → {@code **** *** 678}.</li>
 * </ul>
 * Shorter numbers (dates, amounts below a billion, dossier codes, sequence numbers) are left as they are. A long
 * number that is not personal (an amount written without separators) is masked too: the mask errs on the side of
 * hiding.
 */
public final class PersonalDataMask {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]+)@((?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,})");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("(?<![\\d.+])(?:\\+84|0)(?:[ .]?\\d){8,}(?!\\d)");
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("(?<!\\d)\\d{9,}(?!\\d)");
    private static final int VISIBLE_DIGITS = 3;

    private PersonalDataMask() {
    }

    /** The text with personal identifiers masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(EMAIL, text, m -> m.group(1).substring(0, 1) + "***@" + m.group(2));
        masked = replace(GROUPED_NUMBER, masked, m -> hideDigits(m.group()));
        return replace(LONG_DIGIT_RUN, masked, m -> hideDigits(m.group()));
    }

    /** Every digit but the last three replaced by {@code *}; other characters kept. */
    static String hideDigits(String number) {
        int digits = (int) number.chars().filter(PersonalDataMask::isDigit).count();
        int toHide = Math.max(0, digits - VISIBLE_DIGITS);
        StringBuilder out = new StringBuilder(number.length());
        for (char c : number.toCharArray()) {
            if (isDigit(c) && toHide > 0) {
                out.append('*');
                toHide--;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> how) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(how.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
