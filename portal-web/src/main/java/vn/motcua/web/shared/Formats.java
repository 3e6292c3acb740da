package vn.motcua.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.platform.time.BusinessTime;

/** Formats instants (in Vietnam's time zone), dates and amounts of money for pages, the Vietnamese way. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(BusinessTime.ZONE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** 30/06/2025; empty for null. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 30/06/2025 from an ISO date text such as 2025-06-30; empty for null. */
    public String isoDate(String isoDate) {
        return isoDate == null ? "" : DATE.format(LocalDate.parse(isoDate));
    }

    /** An amount in VND with dots between thousands: 75.000 đ. */
    public String money(Long amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount) + " đ";
    }

    /** A size limit: 10 MB when it is whole megabytes, else 500 KB. */
    public String fileSize(int kilobytes) {
        return kilobytes % 1024 == 0 ? kilobytes / 1024 + " MB" : kilobytes + " KB";
    }

    /** Media types as people know them: application/pdf, image/jpeg → PDF, JPEG. */
    public String fileTypes(java.util.List<String> mediaTypes) {
        return String.join(", ", mediaTypes.stream()
                .map(t -> t.substring(t.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT)).toList());
    }
}
