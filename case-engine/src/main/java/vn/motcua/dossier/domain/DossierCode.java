package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A dossier code {@code {agencyCode}-{yyMMdd}-{NNNN}}: the receiving agency's electronic code, the business date of
 * receipt and the agency's daily sequence, zero-padded to four digits and widening past 9999 (DOMAIN.md §3.1).
 */
public record DossierCode(String value) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        Objects.requireNonNull(value, "dossier code is required");
        if (!value.matches("[0-9A-Z.]+-\\d{6}-\\d{4,}")) {
            throw new IllegalArgumentException("not a dossier code: " + value);
        }
    }

    public static DossierCode of(String agencyCode, LocalDate day, int sequence) {
        Objects.requireNonNull(agencyCode, "agency code is required");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return new DossierCode(agencyCode + "-" + DAY.format(day) + "-" + String.format(Locale.ROOT, "%04d", sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
