package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;

/**
 * Properties over 10,000 seeded random receipts from 2025 to 2031 (published years, and provisional ones from the
 * Labour Code), default and unit hours: the clock starts inside working time, the due time falls inside working
 * time, and the working time between start and due is exactly the requested duration.
 */
class WorkingTimePropertyTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long SEED = 20260213L;
    private static final int CASES = 10_000;

    private final List<WorkingCalendar> calendars = List.of(
            CalendarRulesTest.official2026(),
            CalendarRulesTest.official2026(WorkingCalendar.builder(VN).saturdayMorningReception(true).periods(List.of(
                    new WorkingCalendar.Period(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                    new WorkingCalendar.Period(LocalTime.of(13, 0), LocalTime.of(17, 0))))));

    @Test
    void aDueDateAlwaysFallsInsideWorkingTimeAndIsExactlyTheRequestedWorkingTimeAfterTheStart() {
        Random random = new Random(SEED);
        LocalDateTime first = LocalDateTime.of(2025, 1, 1, 0, 0);
        long span = Duration.between(first, LocalDateTime.of(2031, 12, 1, 0, 0)).toMinutes();
        CutOffRule[] rules = CutOffRule.values();
        for (int i = 0; i < CASES; i++) {
            WorkingCalendar calendar = calendars.get(random.nextInt(calendars.size()));
            Instant received = first.plusMinutes((long) (random.nextDouble() * span)).atZone(VN).toInstant();
            CutOffRule rule = rules[random.nextInt(rules.length)];
            boolean hours = random.nextBoolean();
            int value = hours ? random.nextInt(120) : random.nextInt(45);
            DurationUnit unit = hours ? DurationUnit.WORKING_HOURS : DurationUnit.WORKING_DAYS;
            String example = "case " + i + ": received " + received + ", " + rule + ", " + value + " " + unit;

            Instant start = calendar.clockStart(received, rule);
            Instant due = calendar.dueAfter(start, value, unit);

            assertThat(start).as(example).isAfterOrEqualTo(received);
            assertThat(insideWorkingTime(calendar, start)).as("start inside working time, " + example).isTrue();
            assertThat(insideWorkingTime(calendar, due)).as("due inside working time, " + example).isTrue();
            Duration requested = unit == DurationUnit.WORKING_HOURS ? Duration.ofHours(value)
                    : WorkingCalendar.WORKING_DAY.multipliedBy(value);
            assertThat(calendar.workingTimeBetween(start, due)).as(example).isEqualTo(requested);
        }
    }

    @Test
    void aCalendarDayDueDateIsAlwaysTheCloseOfAWorkingDay() {
        Random random = new Random(SEED + 1);
        WorkingCalendar calendar = calendars.get(0);
        for (int i = 0; i < CASES / 10; i++) {
            Instant start = LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(random.nextInt(6 * 365 * 24 * 60))
                    .atZone(VN).toInstant();
            Instant due = calendar.dueAfter(start, random.nextInt(60), DurationUnit.CALENDAR_DAYS);
            LocalDateTime local = LocalDateTime.ofInstant(due, VN);
            assertThat(calendar.isWorkingDay(local.toLocalDate())).as("due " + local).isTrue();
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        }
    }

    /** On a working day, within a period, its end included (a due time may be the close of a period). */
    private static boolean insideWorkingTime(WorkingCalendar calendar, Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, VN);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        return calendar.isWorkingDay(date) && calendar.periods().stream()
                .anyMatch(p -> !time.isBefore(p.start()) && !time.isAfter(p.end()));
    }
}
