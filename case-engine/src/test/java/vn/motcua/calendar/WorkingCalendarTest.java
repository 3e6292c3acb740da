package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.DurationUnit;

class WorkingCalendarTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final WorkingCalendar calendar = WorkingCalendar.weekdays(VN);

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    @Test
    void oneWorkingDayFromAMorningReceiptIsDueTheNextMorning() {
        // Friday 20 Nov 2026, 09:00 → Monday 23 Nov 2026, 09:00 (the weekend does not count)
        assertThat(calendar.dueAfter(vn("2026-11-20T09:00"), 1, DurationUnit.WORKING_DAYS))
                .isEqualTo(vn("2026-11-23T09:00"));
    }

    @Test
    void workingTimeSkipsTheLunchBreak() {
        assertThat(calendar.plusWorkingTime(vn("2026-11-19T11:00"), Duration.ofHours(1)))
                .isEqualTo(vn("2026-11-19T14:00"));
    }

    @Test
    void aReceiptOutsideWorkingHoursCountsFromTheNextOpening() {
        assertThat(calendar.plusWorkingTime(vn("2026-11-19T18:30"), Duration.ofHours(2)))
                .isEqualTo(vn("2026-11-20T09:00"));
        assertThat(calendar.plusWorkingTime(vn("2026-11-21T10:00"), Duration.ofMinutes(30)))
                .as("a Saturday receipt counts from Monday's opening")
                .isEqualTo(vn("2026-11-23T07:30"));
    }

    @Test
    void aDueTimeLandingOnAPeriodsEndStaysThere() {
        assertThat(calendar.plusWorkingTime(vn("2026-11-19T07:00"), Duration.ofMinutes(270)))
                .isEqualTo(vn("2026-11-19T11:30"));
    }

    @Test
    void daysOffAndMakeUpWorkingDaysAreHonoured() {
        WorkingCalendar withSwap = new WorkingCalendar(VN, WorkingCalendar.DEFAULT_PERIODS,
                Set.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)),
                Set.of(LocalDate.of(2026, 8, 22)));
        assertThat(withSwap.isWorkingDay(LocalDate.of(2026, 8, 22))).as("make-up Saturday").isTrue();
        assertThat(withSwap.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        // Friday 28 Aug 2026 09:00 + 1 working day: Mon 31 Aug to Wed 2 Sep are off → Thursday 3 Sep 09:00
        assertThat(withSwap.dueAfter(vn("2026-08-28T09:00"), 1, DurationUnit.WORKING_DAYS))
                .isEqualTo(vn("2026-09-03T09:00"));
    }

    @Test
    void calendarDaysEndAtTheCloseOfTheNextWorkingDay() {
        // Wednesday + 3 calendar days = Saturday → rolled forward to Monday's close
        assertThat(calendar.dueAfter(vn("2026-11-18T10:00"), 3, DurationUnit.CALENDAR_DAYS))
                .isEqualTo(vn("2026-11-23T17:00"));
    }

    @Test
    void workingTimeBetweenCountsOnlyWorkingPeriods() {
        assertThat(calendar.workingTimeBetween(vn("2026-11-20T16:00"), vn("2026-11-23T08:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.workingTimeBetween(vn("2026-11-23T08:00"), vn("2026-11-20T16:00"))).isZero();
    }

    @Test
    void theResultDoesNotDependOnTheMachinesZone() {
        Instant start = vn("2026-11-20T16:30");
        assertThat(calendar.dueAfter(start, 8, DurationUnit.WORKING_HOURS)).isEqualTo(vn("2026-11-23T16:30"));
        assertThat(LocalDateTime.ofInstant(calendar.dueAfter(start, 8, DurationUnit.WORKING_HOURS), VN).getHour())
                .isEqualTo(16);
    }

    @Test
    void overlappingPeriodsAreRejected() {
        assertThatThrownBy(() -> new WorkingCalendar(VN, List.of(
                new WorkingCalendar.Period(java.time.LocalTime.of(7, 0), java.time.LocalTime.of(12, 0)),
                new WorkingCalendar.Period(java.time.LocalTime.of(11, 0), java.time.LocalTime.of(17, 0))),
                Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void timelinessOfFinishedAndOpenWork() {
        Instant due = vn("2026-11-23T09:00");
        assertThat(Timeliness.of(due, vn("2026-11-20T16:00"), null, calendar)).isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness.of(due, vn("2026-11-23T08:59"), null, calendar)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(due, vn("2026-11-23T09:01"), null, calendar)).isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.of(due, null, vn("2026-11-19T09:00"), calendar)).isEqualTo(Timeliness.WITHIN_TIME);
        assertThat(Timeliness.of(due, null, vn("2026-11-20T16:00"), calendar)).isEqualTo(Timeliness.DUE_SOON);
        assertThat(Timeliness.of(due, null, vn("2026-11-23T10:00"), calendar)).isEqualTo(Timeliness.OVERDUE);
        assertThat(Timeliness.of(null, null, vn("2026-11-23T10:00"), calendar)).isEqualTo(Timeliness.NO_DUE_DATE);
    }
}
