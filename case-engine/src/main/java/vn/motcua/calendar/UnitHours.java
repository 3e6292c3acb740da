package vn.motcua.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import vn.motcua.identity.InvalidRequestException;

/** A unit's working periods and whether its desk also receives on Saturday mornings. */
public record UnitHours(String unitCode, List<WorkingCalendar.Period> periods, boolean saturdayMorning) {

    public UnitHours {
        Objects.requireNonNull(unitCode, "unit code is required");
        periods = List.copyOf(periods);
    }

    /** The periods as stored: {@code 07:00-11:30,13:30-17:00}. */
    public String periodsText() {
        return format(periods);
    }

    public static String format(List<WorkingCalendar.Period> periods) {
        return String.join(",", periods.stream().map(WorkingCalendar.Period::toString).toList());
    }

    /**
     * Reads {@code 07:00-11:30,13:30-17:00}: one to four periods, in order, not overlapping.
     *
     * @throws InvalidRequestException with a message for the administrator when the text cannot be read
     */
    public static List<WorkingCalendar.Period> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("Cần nhập giờ làm việc, ví dụ 07:00-11:30,13:30-17:00");
        }
        List<WorkingCalendar.Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] bounds = part.trim().split("-");
            if (bounds.length != 2) {
                throw new InvalidRequestException("Khoảng giờ \"" + part.trim()
                        + "\" không đúng dạng HH:mm-HH:mm, ví dụ 07:00-11:30");
            }
            try {
                periods.add(new WorkingCalendar.Period(LocalTime.parse(bounds[0].trim()),
                        LocalTime.parse(bounds[1].trim())));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("Khoảng giờ \"" + part.trim()
                        + "\" không đúng dạng HH:mm-HH:mm, ví dụ 07:00-11:30");
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Khoảng giờ \"" + part.trim() + "\" phải kết thúc sau khi bắt đầu");
            }
        }
        if (periods.size() > 4) {
            throw new InvalidRequestException("Tối đa 4 khoảng giờ làm việc trong ngày");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new InvalidRequestException("Các khoảng giờ phải theo thứ tự và không chồng lên nhau");
            }
        }
        return List.copyOf(periods);
    }
}
