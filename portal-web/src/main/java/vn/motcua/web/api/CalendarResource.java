package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.organization.Organisation;

/** The working calendar of a unit: a due date for a receipt and a duration, and the days with holidays and swaps. */
@Path("v1/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    static final int MAX_DAYS = 366;

    /** Instants are shown at +07:00 with seconds: {@code 2026-02-25T10:00:00+07:00}. */
    static final DateTimeFormatter VN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.ofHours(7));

    @Inject
    WorkingCalendars calendars;

    @Inject
    Organisation organisation;

    /** When the clock starts and when the dossier is due; provisional when a provisional day lies in between. */
    public record DueDate(String unit, String receivedAt, String startsAt, String dueAt, boolean provisional) {
    }

    @GET
    @Path("due-date")
    @Operation(summary = "Due date of a receipt at a unit after so many working days, working hours or calendar days",
            description = "Public, no credentials. Give exactly one of workingDays, workingHours, calendarDays.")
    @APIResponse(responseCode = "200", description = "When the clock starts and the dossier is due",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "dueDate", value = ApiExamples.DUE_DATE)))
    @APIResponse(responseCode = "400", ref = "badRequest")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public DueDate dueDate(@QueryParam("unit") @Parameter(required = true, example = ApiExamples.UNIT) String unit,
                           @QueryParam("receivedAt") @Parameter(required = true,
                                   example = "2026-02-13T10:00:00+07:00") String receivedAt,
                           @QueryParam("workingDays") @Parameter(example = "10") String workingDays,
                           @QueryParam("workingHours") @Parameter(description = "instead of workingDays",
                                   example = "8",
                                   extensions = @Extension(name = ApiExamples.ALTERNATIVE_TO, value = "workingDays"))
                           String workingHours,
                           @QueryParam("calendarDays") @Parameter(description = "instead of workingDays",
                                   example = "30",
                                   extensions = @Extension(name = ApiExamples.ALTERNATIVE_TO, value = "workingDays"))
                           String calendarDays,
                           @QueryParam("cutoff") @Parameter(description = "15:00, 17:00, 1h-before-close or none",
                                   example = "15:00")
                           String cutoff) {
        WorkingCalendar calendar = calendarOf(unit);
        Instant received = instant("receivedAt", receivedAt);
        DurationUnit durationUnit = null;
        Integer value = null;
        String[][] given = {{"workingDays", workingDays}, {"workingHours", workingHours},
                {"calendarDays", calendarDays}};
        DurationUnit[] units = {DurationUnit.WORKING_DAYS, DurationUnit.WORKING_HOURS, DurationUnit.CALENDAR_DAYS};
        for (int i = 0; i < given.length; i++) {
            if (given[i][1] != null && !given[i][1].isBlank()) {
                if (durationUnit != null) {
                    throw new IllegalArgumentException("Chỉ được dùng một trong các tham số workingDays, "
                            + "workingHours, calendarDays");
                }
                durationUnit = units[i];
                value = count(given[i][0], given[i][1]);
            }
        }
        if (durationUnit == null) {
            throw new IllegalArgumentException("Cần một trong các tham số workingDays, workingHours, calendarDays");
        }
        Instant start = calendar.clockStart(received, cutOff(cutoff));
        Instant due = calendar.dueAfter(start, value, durationUnit);
        return new DueDate(unit, VN_TIME.format(received), VN_TIME.format(start), VN_TIME.format(due),
                calendar.dependsOnProvisional(received, due));
    }

    @GET
    @Path("days")
    @Operation(summary = "Every day between two dates (at most 366): working or not, kind, name, provisional",
            description = "Public, no credentials: the unit's working calendar (holidays, Tết, swapped days).")
    @APIResponse(responseCode = "200", description = "The days",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "days", value = ApiExamples.DAYS)))
    @APIResponse(responseCode = "400", ref = "badRequest")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public List<DayInfo> days(@QueryParam("unit") @Parameter(required = true, example = ApiExamples.UNIT) String unit,
                              @QueryParam("from") @Parameter(required = true, example = "2026-01-01") String from,
                              @QueryParam("to") @Parameter(required = true, example = "2026-12-31") String to) {
        WorkingCalendar calendar = calendarOf(unit);
        LocalDate first = required("from", Params.date("from", from));
        LocalDate last = required("to", Params.date("to", to));
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Tham số to phải không trước from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("Tham số to: tối đa " + MAX_DAYS + " ngày kể từ from");
        }
        return calendar.days(first, last);
    }

    private WorkingCalendar calendarOf(String unit) {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("Thiếu tham số unit (mã đơn vị)");
        }
        if (organisation.unit(unit).isEmpty()) {
            throw new NotFoundException("Không có đơn vị mã " + unit);
        }
        return calendars.forUnit(unit);
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Thiếu tham số " + name);
        }
        try {
            // a '+' left unencoded in a query string arrives as a space
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Tham số " + name + " phải là thời điểm ISO-8601 có múi giờ, ví dụ "
                    + "2026-02-13T10:00:00+07:00, nhận được \"" + value + "\"");
        }
    }

    static int count(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0 || n > 3650) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Tham số " + name + " phải là số nguyên từ 0 đến 3650, nhận được \""
                    + value + "\"");
        }
    }

    static CutOffRule cutOff(String value) {
        if (value == null || value.isBlank()) {
            return CutOffRule.NONE;
        }
        return switch (value.trim().toLowerCase()) {
            case "none" -> CutOffRule.NONE;
            case "15:00" -> CutOffRule.AFTER_15H;
            case "17:00" -> CutOffRule.AFTER_17H;
            case "1h-before-close" -> CutOffRule.ONE_HOUR_BEFORE_CLOSING;
            default -> throw new IllegalArgumentException("Tham số cutoff phải là một trong 15:00, 17:00, "
                    + "1h-before-close, none; nhận được \"" + value + "\"");
        };
    }

    private static LocalDate required(String name, LocalDate value) {
        if (value == null) {
            throw new IllegalArgumentException("Thiếu tham số " + name + " (ngày dạng yyyy-MM-dd)");
        }
        return value;
    }
}
