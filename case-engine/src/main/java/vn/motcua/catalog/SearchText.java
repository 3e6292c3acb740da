package vn.motcua.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for keyword search: lower case, without tone and vowel marks, with đ read as d, and
 * punctuation as spaces, so "Đăng ký kết hôn" and "dang ky ket hon" are the same words.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9.]+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(stripped).replaceAll(" ").trim().replaceAll(" +", " ");
    }

    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    static String of(String code, String name, String field) {
        String folded = " " + fold(code) + " " + fold(name) + " " + fold(field) + " ";
        return folded.length() > 1000 ? folded.substring(0, 1000) : folded;
    }
}
