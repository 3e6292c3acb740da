package vn.motcua.documents.rendering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * How dates and numbers are written on official documents (Decree 30/2020/NĐ-CP, Appendix I): "ngày 05 tháng 02
 * năm 2026" — a day below 10 and the months January and February with a leading zero, the other months without.
 * Available to templates as {@code fmt}.
 */
public final class OfficialFormats {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "ngày 21 tháng 11 năm 2026". */
    public String longDate(LocalDate date) {
        Objects.requireNonNull(date, "date is required");
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth())
                + " tháng " + (month < 3 ? String.format("%02d", month) : Integer.toString(month))
                + " năm " + date.getYear();
    }

    /** "Thủ Dầu Một, ngày 21 tháng 11 năm 2026": the place and date line under the national heading. */
    public String placeAndDate(String place, LocalDate date) {
        Objects.requireNonNull(place, "place is required");
        return place + ", " + longDate(date);
    }

    /** "14 giờ 30 phút, ngày 21/11/2026": a time of receipt or of an appointment. */
    public String timeAndDate(LocalDateTime time) {
        Objects.requireNonNull(time, "time is required");
        return String.format("%02d giờ %02d phút, ngày %s", time.getHour(), time.getMinute(), SHORT_DATE.format(time));
    }

    /** "14 giờ 30 phút, ngày 21 tháng 11 năm 2026": a time written out in full, as in a document's body. */
    public String timeAndLongDate(LocalDateTime time) {
        Objects.requireNonNull(time, "time is required");
        return String.format("%02d giờ %02d phút, %s", time.getHour(), time.getMinute(), longDate(time.toLocalDate()));
    }

    /** "14 giờ 30 phút": the time of day alone, for a narrow table cell above its date. */
    public String timeOfDay(LocalDateTime time) {
        Objects.requireNonNull(time, "time is required");
        return String.format("%02d giờ %02d phút", time.getHour(), time.getMinute());
    }

    /** "14h30": the time of day in a narrow register cell. */
    public String compactTime(LocalDateTime time) {
        Objects.requireNonNull(time, "time is required");
        return String.format("%02dh%02d", time.getHour(), time.getMinute());
    }

    /** "21/11/2026". */
    public String shortDate(LocalDate date) {
        return SHORT_DATE.format(Objects.requireNonNull(date, "date is required"));
    }

    /** A document number: below 10 with a leading zero ("05"), as Decree 30 writes them. */
    public String documentNumber(int number) {
        if (number <= 0) {
            throw new IllegalArgumentException("a document number is positive");
        }
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
