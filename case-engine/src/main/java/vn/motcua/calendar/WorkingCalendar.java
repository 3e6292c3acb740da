package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;

/**
 * When officials work: working periods per day (by default 07:00–11:30 and 13:30–17:00, eight hours), Monday to
 * Friday, minus the public holidays and days off, plus the make-up working days (a swapped Saturday). One working day
 * is eight working hours. All arithmetic happens in the calendar's zone (Asia/Ho_Chi_Minh for the province) whatever
 * the machine's.
 *
 * <p>The special days come as data ({@link CalendarDay}: the published civil-service calendars, a unit's own days).
 * For a year without a published calendar — no non-provisional holiday in the data — the calendar can fall back on
 * the Labour Code's holidays ({@link StatutoryHolidays}), marked provisional; a stored day wins over a derived one.
 *
 * <p>A unit that receives on Saturday mornings (07:00–11:30) accepts dossiers then, but Saturday stays outside
 * working time: the law counts time limits in working days, so a Saturday receipt starts its clock at the next
 * opening, and Saturday mornings never shorten a time limit.
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

        boolean contains(LocalTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    public static final List<Period> DEFAULT_PERIODS = List.of(
            new Period(LocalTime.of(7, 0), LocalTime.of(11, 30)),
            new Period(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    /** The Saturday-morning reception period of units that receive on Saturdays. */
    public static final Period SATURDAY_MORNING = new Period(LocalTime.of(7, 0), LocalTime.of(11, 30));

    public static final Duration WORKING_DAY = Duration.ofHours(8);

    private final ZoneId zone;
    private final List<Period> periods;
    private final boolean saturdayMorningReception;
    private final Map<LocalDate, CalendarDay> days;
    private final boolean statutoryFallback;
    private final Set<Integer> publishedYears;

    /** Fixed days off and make-up working days, no statutory fallback (kept for simple calendars and tests). */
    public WorkingCalendar(ZoneId zone, List<Period> periods, Set<LocalDate> daysOff, Set<LocalDate> extraWorkingDays) {
        this(builder(zone).periods(periods)
                .days(daysOff.stream().map(d -> new CalendarDay(d, DayKind.DAY_OFF, null, false, null)).toList())
                .days(extraWorkingDays.stream()
                        .map(d -> new CalendarDay(d, DayKind.WORKING_DAY, null, false, null)).toList()));
    }

    private WorkingCalendar(Builder builder) {
        this.zone = Objects.requireNonNull(builder.zone, "zone is required");
        this.periods = List.copyOf(builder.periods);
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one working period");
        }
        for (int i = 1; i < this.periods.size(); i++) {
            if (this.periods.get(i).start().isBefore(this.periods.get(i - 1).end())) {
                throw new IllegalArgumentException("working periods must be in order and must not overlap");
            }
        }
        this.saturdayMorningReception = builder.saturdayMorningReception;
        this.days = Map.copyOf(builder.days);
        this.statutoryFallback = builder.statutoryFallback;
        this.publishedYears = days.values().stream()
                .filter(d -> d.kind() == DayKind.HOLIDAY && !d.provisional())
                .map(d -> d.date().getYear())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Monday to Friday with the default working hours and no days off yet. */
    public static WorkingCalendar weekdays(ZoneId zone) {
        return new WorkingCalendar(zone, DEFAULT_PERIODS, Set.of(), Set.of());
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** Assembles a calendar: working periods, Saturday reception, special days, statutory fallback. */
    public static final class Builder {
        private final ZoneId zone;
        private List<Period> periods = DEFAULT_PERIODS;
        private boolean saturdayMorningReception;
        private final Map<LocalDate, CalendarDay> days = new HashMap<>();
        private boolean statutoryFallback;

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder periods(List<Period> periods) {
            this.periods = List.copyOf(periods);
            return this;
        }

        public Builder saturdayMorningReception(boolean receives) {
            this.saturdayMorningReception = receives;
            return this;
        }

        /** Adds special days; a later day for the same date replaces an earlier one (unit days over province days). */
        public Builder days(Collection<CalendarDay> more) {
            more.forEach(d -> days.put(d.date(), d));
            return this;
        }

        /** Derive the Labour Code's holidays (provisional) for years whose official calendar is not in the data. */
        public Builder statutoryHolidaysForUnpublishedYears() {
            this.statutoryFallback = true;
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public List<Period> periods() {
        return periods;
    }

    public boolean receivesOnSaturdayMorning() {
        return saturdayMorningReception;
    }

    /** The special day on a date, stored or (for a year without a published calendar) derived from the law. */
    public Optional<CalendarDay> specialDay(LocalDate date) {
        CalendarDay stored = days.get(date);
        if (stored != null || !statutoryFallback || publishedYears.contains(date.getYear())) {
            return Optional.ofNullable(stored);
        }
        return StatutoryHolidays.of(date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst();
    }

    public boolean isWorkingDay(LocalDate date) {
        Optional<CalendarDay> special = specialDay(date);
        if (special.isPresent()) {
            return special.get().isWorking();
        }
        return !isWeekend(date);
    }

    /** Whether the desk accepts dossiers at this instant: working time, or a Saturday morning where the unit opens. */
    public boolean isReceptionTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDate date = local.toLocalDate();
        if (isWorkingDay(date)) {
            return periods.stream().anyMatch(p -> p.contains(local.toLocalTime()));
        }
        return saturdayMorningReception && date.getDayOfWeek() == DayOfWeek.SATURDAY && specialDay(date).isEmpty()
                && SATURDAY_MORNING.contains(local.toLocalTime());
    }

    /** Every day from {@code from} to {@code to} inclusive: working or not, why, and whether that is provisional. */
    public List<DayInfo> days(LocalDate from, LocalDate to) {
        List<DayInfo> list = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            Optional<CalendarDay> special = specialDay(date);
            if (special.isPresent()) {
                CalendarDay d = special.get();
                list.add(new DayInfo(date, d.isWorking(), d.kind(), d.name(), d.provisional()));
            } else {
                boolean weekend = isWeekend(date);
                list.add(new DayInfo(date, !weekend, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, false));
            }
        }
        return list;
    }

    /**
     * Whether a provisional day lies between the two instants' dates (inclusive): a due date computed across it may
     * move once the year's official calendar is published.
     */
    public boolean dependsOnProvisional(Instant from, Instant to) {
        LocalDate first = LocalDate.ofInstant(from.isBefore(to) ? from : to, zone);
        LocalDate last = LocalDate.ofInstant(from.isBefore(to) ? to : from, zone);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (specialDay(date).map(CalendarDay::provisional).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the legal clock of a dossier received at {@code receivedAt} starts. Inside working time it starts at
     * once, unless the procedure's cut-off applies: {@link CutOffRule#AFTER_15H} (received at or after 15:00),
     * {@link CutOffRule#AFTER_17H} (at or after 17:00) and {@link CutOffRule#ONE_HOUR_BEFORE_CLOSING} (within the
     * last hour before the day's last period ends) move it to the next working day's opening. Outside working time
     * it starts at the next opening: before opening → that morning's opening, lunch break → the afternoon's
     * opening, evening or a non-working day → the next working day's opening.
     */
    public Instant clockStart(Instant receivedAt, CutOffRule rule) {
        Objects.requireNonNull(receivedAt, "receipt time is required");
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, zone);
        LocalDate date = local.toLocalDate();
        if (isWorkingDay(date)) {
            LocalTime cutOff = switch (rule == null ? CutOffRule.NONE : rule) {
                case NONE -> null;
                case AFTER_15H -> LocalTime.of(15, 0);
                case AFTER_17H -> LocalTime.of(17, 0);
                case ONE_HOUR_BEFORE_CLOSING -> periods.get(periods.size() - 1).end().minusHours(1);
            };
            if (cutOff != null && !local.toLocalTime().isBefore(cutOff)) {
                return openingAtOrAfter(date.plusDays(1).atStartOfDay());
            }
        }
        return openingAtOrAfter(local);
    }

    private Instant openingAtOrAfter(LocalDateTime cursor) {
        LocalDate date = cursor.toLocalDate();
        for (int guard = 0; guard < 366 * 20; guard++, date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (Period period : periods) {
                LocalDateTime to = date.atTime(period.end());
                if (cursor.isBefore(to)) {
                    return later(cursor, date.atTime(period.start())).atZone(zone).toInstant();
                }
            }
        }
        throw new IllegalStateException("no working time found within twenty years of " + cursor);
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
     * The due instant of a processing time counted from {@code start} (normally {@link #clockStart}): working days
     * (eight working hours each) and working hours skip non-working time. Calendar days end at the close of the
     * last day, rolled forward to the close of the next working day when that day is not one: the applicant keeps
     * the whole last day, and the due time is always inside working time (the end of a period).
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

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
