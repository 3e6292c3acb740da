package vn.motcua.catalog.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Typed values from one record of an import file (a JSON object or a CSV line). A value that cannot be read is
 * reported as a problem at the record's location and read as null, so one pass finds every problem of a file.
 */
abstract class FieldReader {

    private final String location;
    private final List<ImportProblem> problems;

    FieldReader(String location, List<ImportProblem> problems) {
        this.location = location;
        this.problems = problems;
    }

    /** The value as text, or null when absent or empty. */
    abstract String raw(String name);

    /** A list value: a JSON array, or a CSV cell with values separated by {@code |}. */
    List<String> list(String name) {
        String value = raw(name);
        return value == null ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    String location() {
        return location;
    }

    void problem(String message) {
        problems.add(new ImportProblem(location, message));
    }

    String text(String name) {
        String value = raw(name);
        return value == null || value.isBlank() ? null : value;
    }

    Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problem("\"" + name + "\" phải là số nguyên, nhận được \"" + value + "\"");
            return null;
        }
    }

    int integer(String name, int absent) {
        return Objects.requireNonNullElse(integer(name), absent);
    }

    Long amount(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problem("\"" + name + "\" phải là số tiền (đồng, số nguyên), nhận được \"" + value + "\"");
            return null;
        }
    }

    BigDecimal decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            problem("\"" + name + "\" phải là số, nhận được \"" + value + "\"");
            return null;
        }
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problem("\"" + name + "\" phải là ngày dạng yyyy-MM-dd, nhận được \"" + value + "\"");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problem("\"" + name + "\" phải là một trong " + Arrays.toString(type.getEnumConstants())
                    + ", nhận được \"" + value + "\"");
            return null;
        }
    }

    <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        return list(name).stream().map(value -> {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                problem("\"" + name + "\" chỉ gồm " + Arrays.toString(type.getEnumConstants())
                        + ", nhận được \"" + value + "\"");
                return null;
            }
        }).filter(Objects::nonNull).toList();
    }
}
