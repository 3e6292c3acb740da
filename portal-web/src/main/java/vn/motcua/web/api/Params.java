package vn.motcua.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Query parameters read strictly: a value that cannot be read is a 400 problem naming the parameter. */
final class Params {

    private Params() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Tham số " + name + " phải là ngày dạng yyyy-MM-dd, nhận được \""
                    + value + "\"");
        }
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Tham số " + name + " phải là một trong "
                    + Arrays.toString(type.getEnumConstants()) + ", nhận được \"" + value + "\"");
        }
    }
}
