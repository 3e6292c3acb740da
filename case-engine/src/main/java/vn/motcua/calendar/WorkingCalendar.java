package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.motcua.catalog.DurationUnit;

/**
 * When officials work: working periods per day (by default 07:00–11:30 and 13:30–17:00, eight hours), Monday to
 * Friday, minus the days off, plus the make-up working days (a swapped Saturday). One working day is eight working
 * hours. All arithmetic happens in the calendar's zone (Asia/Ho_Chi_Minh for the province) whatever the machine's.
 */
public final class WorkingCalendar {

    /** A working period within a day, e.g. the morning 07:00–11:30. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            Objects.requireNonNull(start, "period start is required");
            Objects.requireNonNull(end, "period end is required");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a working period must end after it starts: " + start + "–" + end);
            }
        }

        Duration length() {
            return Duration.between(start, end);
        }
    }

    public static final List<Period> DEFAULT_PERIODS = List.of(
            new Period(LocalTime.of(7, 0), LocalTime.of(11, 30)),
            new Period(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    public static final Duration WORKING_DAY = Duration.ofHours(8);

    private final ZoneId zone;
    private final List<Period> periods;
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> extraWorkingDays;

    public WorkingCalendar(ZoneId zone, List<Period> periods, Set<LocalDate> daysOff, Set<LocalDate> extraWorkingDays) {
        this.zone = Objects.requireNonNull(zone, "zone is required");
        this.periods = List.copyOf(periods);
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one working period");
        }
        for (int i = 1; i < this.periods.size(); i++) {
            if (this.periods.get(i).start().isBefore(this.periods.get(i - 1).end())) {
                throw new IllegalArgumentException("working periods must be in order and must not overlap");
            }
        }
        this.daysOff = Set.copyOf(daysOff);
        this.extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    /** Monday to Friday with the default working hours and no days off yet. */
    public static WorkingCalendar weekdays(ZoneId zone) {
        return new WorkingCalendar(zone, DEFAULT_PERIODS, Set.of(), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.contains(date);
    }

    /**
     * The instant reached after {@code workingTime} of working time from {@code start}. A start outside working
     * hours counts from the next opening; a result that lands exactly at a period's end stays there (the due time
     * is the close of that period).
     */
    public Instant plusWorkingTime(Instant start, Duration workingTime) {
        Objects.requireNonNull(start, "start is required");
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative");
        }
        LocalDateTime cursor = LocalDateTime.ofInstant(start, zone);
        Duration left = workingTime;
        LocalDate date = cursor.toLocalDate();
        for (int guard = 0; guard < 366 * 20; guard++, date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (Period period : periods) {
                LocalDateTime from = later(cursor, date.atTime(period.start()));
                LocalDateTime to = date.atTime(period.end());
                if (!from.isBefore(to)) {
                    continue;
                }
                Duration available = Duration.between(from, to);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left).atZone(zone).toInstant();
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no working time found within twenty years of " + start);
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        Duration total = Duration.ZERO;
        for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (Period period : periods) {
                LocalDateTime a = later(start, date.atTime(period.start()));
                LocalDateTime b = earlier(end, date.atTime(period.end()));
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /**
     * The due instant of a processing time counted from {@code start}: working days (eight working hours each) and
     * working hours skip non-working time; calendar days end at the close of the last day, rolled forward to the
     * next working day when that day is not one.
     */
    public Instant dueAfter(Instant start, int value, DurationUnit unit) {
        if (value < 0) {
            throw new IllegalArgumentException("a processing time must not be negative");
        }
        return switch (unit) {
            case WORKING_DAYS -> plusWorkingTime(start, WORKING_DAY.multipliedBy(value));
            case WORKING_HOURS -> plusWorkingTime(start, Duration.ofHours(value));
            case CALENDAR_DAYS -> {
                LocalDate day = LocalDate.ofInstant(start, zone).plusDays(value);
                while (!isWorkingDay(day)) {
                    day = day.plusDays(1);
                }
                yield day.atTime(periods.get(periods.size() - 1).end()).atZone(zone).toInstant();
            }
        };
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
