package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;

/**
 * The calendar rules of DOMAIN.md §4.1–4.3: when the legal clock starts (cut-offs, lunch, closed days), holidays,
 * swaps and make-up days, per-unit hours, Saturday reception and provisional years.
 */
class CalendarRulesTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The published 2026 civil-service calendar (as seeded by V8), statutory fallback for other years. */
    static WorkingCalendar official2026() {
        return official2026(WorkingCalendar.builder(VN));
    }

    static WorkingCalendar official2026(WorkingCalendar.Builder builder) {
        List<CalendarDay> days = new ArrayList<>();
        days.add(holiday("2026-01-01", "Tết Dương lịch"));
        days.add(new CalendarDay(LocalDate.parse("2026-01-02"), DayKind.DAY_OFF, "Nghỉ hoán đổi", false, "test"));
        days.add(new CalendarDay(LocalDate.parse("2026-01-10"), DayKind.WORKING_DAY, "Làm bù", false, "test"));
        for (int day = 16; day <= 20; day++) {
            days.add(holiday("2026-02-" + day, "Tết Nguyên đán"));
        }
        days.add(holiday("2026-04-26", "Giỗ Tổ Hùng Vương"));
        days.add(new CalendarDay(LocalDate.parse("2026-04-27"), DayKind.DAY_OFF, "Nghỉ bù", false, "test"));
        days.add(holiday("2026-04-30", "Ngày Chiến thắng"));
        days.add(holiday("2026-05-01", "Ngày Quốc tế Lao động"));
        days.add(new CalendarDay(LocalDate.parse("2026-08-22"), DayKind.WORKING_DAY, "Làm bù", false, "test"));
        days.add(new CalendarDay(LocalDate.parse("2026-08-31"), DayKind.DAY_OFF, "Nghỉ hoán đổi", false, "test"));
        days.add(holiday("2026-09-01", "Quốc khánh"));
        days.add(holiday("2026-09-02", "Quốc khánh"));
        return builder.days(days).statutoryHolidaysForUnpublishedYears().build();
    }

    private static CalendarDay holiday(String date, String name) {
        return new CalendarDay(LocalDate.parse(date), DayKind.HOLIDAY, name, false, "test");
    }

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    private final WorkingCalendar calendar = official2026();

    @Test
    void threeWorkingDaysFromTheFridayBeforeTetAreDueTheWednesdayAfter() {
        // the acceptance example: Friday 13 Feb 2026 10:00 + 3 working days; 14–15 and 21–22 are weekends and
        // 16–20 Feb is Tết → Wednesday 25 Feb 2026 10:00
        Instant start = calendar.clockStart(vn("2026-02-13T10:00"), CutOffRule.NONE);
        assertThat(start).isEqualTo(vn("2026-02-13T10:00"));
        assertThat(calendar.dueAfter(start, 3, DurationUnit.WORKING_DAYS)).isEqualTo(vn("2026-02-25T10:00"));
    }

    @Test
    void tetIsSkipped() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(calendar.plusWorkingTime(vn("2026-02-13T16:00"), Duration.ofHours(2)))
                .isEqualTo(vn("2026-02-23T08:00"));
    }

    @Test
    void aMakeUpSaturdayIsWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        // Friday 21 Aug 16:00 + 2 working hours → Saturday 22 Aug 08:00
        assertThat(calendar.dueAfter(vn("2026-08-21T16:00"), 2, DurationUnit.WORKING_HOURS))
                .isEqualTo(vn("2026-08-22T08:00"));
    }

    @Test
    void aSwappedMondayIsOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(calendar.dueAfter(vn("2026-08-28T09:00"), 1, DurationUnit.WORKING_DAYS))
                .isEqualTo(vn("2026-09-03T09:00"));
    }

    @Test
    void aCompensatoryDayForASundayHolidayIsOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    }

    @Test
    void aDossierReceivedAfterThreePmStartsAtTheNextOpeningWhenTheCutOffIsThreePm() {
        assertThat(calendar.clockStart(vn("2026-03-05T15:00"), CutOffRule.AFTER_15H))
                .isEqualTo(vn("2026-03-06T07:00"));
        assertThat(calendar.clockStart(vn("2026-03-05T14:59"), CutOffRule.AFTER_15H))
                .isEqualTo(vn("2026-03-05T14:59"));
    }

    @Test
    void aDossierReceivedOnFridayAfterThreePmStartsOnMonday() {
        assertThat(calendar.clockStart(vn("2026-03-06T15:30"), CutOffRule.AFTER_15H))
                .isEqualTo(vn("2026-03-09T07:00"));
    }

    @Test
    void aDossierReceivedAtOrAfterFivePmStartsAtTheNextOpeningWhenTheCutOffIsFivePm() {
        assertThat(calendar.clockStart(vn("2026-03-05T16:30"), CutOffRule.AFTER_17H))
                .isEqualTo(vn("2026-03-05T16:30"));
        assertThat(calendar.clockStart(vn("2026-03-05T17:00"), CutOffRule.AFTER_17H))
                .isEqualTo(vn("2026-03-06T07:00"));
        assertThat(calendar.clockStart(vn("2026-03-05T19:45"), CutOffRule.AFTER_17H))
                .isEqualTo(vn("2026-03-06T07:00"));
    }

    @Test
    void aDossierReceivedWithinTheLastHourBeforeClosingStartsAtTheNextOpening() {
        assertThat(calendar.clockStart(vn("2026-03-05T15:59"), CutOffRule.ONE_HOUR_BEFORE_CLOSING))
                .isEqualTo(vn("2026-03-05T15:59"));
        assertThat(calendar.clockStart(vn("2026-03-05T16:00"), CutOffRule.ONE_HOUR_BEFORE_CLOSING))
                .isEqualTo(vn("2026-03-06T07:00"));
    }

    @Test
    void theLastHourBeforeClosingFollowsTheUnitsOwnHours() {
        WorkingCalendar lateUnit = WorkingCalendar.builder(VN).periods(List.of(
                new WorkingCalendar.Period(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                new WorkingCalendar.Period(LocalTime.of(13, 0), LocalTime.of(17, 30)))).build();
        assertThat(lateUnit.clockStart(vn("2026-03-05T16:15"), CutOffRule.ONE_HOUR_BEFORE_CLOSING))
                .isEqualTo(vn("2026-03-05T16:15"));
        assertThat(lateUnit.clockStart(vn("2026-03-05T16:30"), CutOffRule.ONE_HOUR_BEFORE_CLOSING))
                .isEqualTo(vn("2026-03-06T07:30"));
    }

    @Test
    void withoutACutOffAReceiptInWorkingTimeStartsAtOnce() {
        assertThat(calendar.clockStart(vn("2026-03-05T16:59"), CutOffRule.NONE)).isEqualTo(vn("2026-03-05T16:59"));
    }

    @Test
    void aReceiptBeforeOpeningStartsAtOpening() {
        assertThat(calendar.clockStart(vn("2026-03-05T06:10"), CutOffRule.NONE)).isEqualTo(vn("2026-03-05T07:00"));
    }

    @Test
    void lunchBreakStartsAtAfternoonOpening() {
        assertThat(calendar.clockStart(vn("2026-03-05T12:00"), CutOffRule.AFTER_15H))
                .isEqualTo(vn("2026-03-05T13:30"));
    }

    @Test
    void aReceiptOnANonWorkingDayStartsAtTheNextOpening() {
        assertThat(calendar.clockStart(vn("2026-02-17T09:00"), CutOffRule.NONE)).isEqualTo(vn("2026-02-23T07:00"));
        assertThat(calendar.clockStart(vn("2026-03-07T09:00"), CutOffRule.AFTER_15H))
                .isEqualTo(vn("2026-03-09T07:00"));
    }

    @Test
    void aSaturdayMorningReceptionDoesNotStartTheClockBeforeMonday() {
        WorkingCalendar saturdays = official2026(WorkingCalendar.builder(VN).saturdayMorningReception(true));
        assertThat(saturdays.isReceptionTime(vn("2026-03-07T09:00"))).isTrue();
        assertThat(saturdays.isReceptionTime(vn("2026-03-07T14:00"))).isFalse();
        assertThat(calendar.isReceptionTime(vn("2026-03-07T09:00"))).isFalse();
        assertThat(saturdays.clockStart(vn("2026-03-07T09:00"), CutOffRule.NONE)).isEqualTo(vn("2026-03-09T07:00"));
    }

    @Test
    void aUnitsOwnHoursCountEightHoursADay() {
        WorkingCalendar unit = WorkingCalendar.builder(VN).periods(List.of(
                new WorkingCalendar.Period(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                new WorkingCalendar.Period(LocalTime.of(13, 0), LocalTime.of(17, 0)))).build();
        assertThat(unit.dueAfter(vn("2026-03-05T08:00"), 1, DurationUnit.WORKING_DAYS))
                .isEqualTo(vn("2026-03-06T08:00"));
    }

    @Test
    void calendarDaysRollForwardToTheCloseOfTheNextWorkingDay() {
        // Thursday 12 Feb + 4 calendar days = Monday 16 Feb (Tết) → Monday 23 Feb at 17:00
        assertThat(calendar.dueAfter(vn("2026-02-12T09:00"), 4, DurationUnit.CALENDAR_DAYS))
                .isEqualTo(vn("2026-02-23T17:00"));
    }

    @Test
    void aProvisionalYearIsFlagged() {
        // 2027 has no published calendar: Tết 5–9 Feb 2027 comes from the Labour Code, provisionally
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        Instant start = vn("2027-02-04T09:00");
        Instant due = calendar.dueAfter(start, 3, DurationUnit.WORKING_DAYS);
        assertThat(due).isEqualTo(vn("2027-02-16T09:00"));
        assertThat(calendar.dependsOnProvisional(start, due)).isTrue();
        assertThat(calendar.dependsOnProvisional(vn("2026-02-13T10:00"), vn("2026-02-25T10:00"))).isFalse();
    }

    @Test
    void aPublishedYearGetsNoStatutoryDays() {
        // the statutory rule would make Friday 2 Jan 2026 a working day and give 1 Sep; the published calendar rules
        assertThat(calendar.specialDay(LocalDate.of(2026, 1, 2))).get().extracting(CalendarDay::provisional)
                .isEqualTo(false);
        assertThat(calendar.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .noneMatch(DayInfo::provisional);
    }

    @Test
    void daysListsWorkingDaysWeekendsAndHolidaysWithTheirNames() {
        List<DayInfo> days = calendar.days(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 17));
        assertThat(days).extracting(DayInfo::kind).containsExactly(DayKind.WORKDAY, DayKind.WEEKEND,
                DayKind.WEEKEND, DayKind.HOLIDAY, DayKind.HOLIDAY);
        assertThat(days.get(3).name()).isEqualTo("Tết Nguyên đán");
        assertThat(days).extracting(DayInfo::working).containsExactly(true, false, false, false, false);
    }

    @Test
    void aStepHolderIsWarnedOneWorkingDayBeforeTheStepIsDue() {
        // 22 working hours from Monday 07:00: due Wednesday 15:00; warned one working day earlier, Tuesday 15:00.
        Instant opened = vn("2026-11-16T07:00");
        Instant due = calendar.plusWorkingTime(opened, Duration.ofHours(22));
        assertThat(due).isEqualTo(vn("2026-11-18T15:00"));
        assertThat(Timeliness.dueSoonAt(opened, due, calendar)).isEqualTo(vn("2026-11-17T15:00"));
        assertThat(Timeliness.of(due, null, vn("2026-11-17T15:01"), calendar)).isEqualTo(Timeliness.DUE_SOON);
        assertThat(Timeliness.of(due, null, vn("2026-11-17T14:59"), calendar)).isEqualTo(Timeliness.WITHIN_TIME);
    }

    @Test
    void aStepShorterThanTwoWorkingDaysIsWarnedHalfWayThroughItsWorkingTime() {
        // 4 working hours from Friday 15:00 before Tết: 2 h on Friday, the rest after the holidays.
        Instant opened = vn("2026-02-13T15:00");
        Instant due = calendar.plusWorkingTime(opened, Duration.ofHours(4));
        assertThat(due).isEqualTo(vn("2026-02-23T09:00"));
        assertThat(Timeliness.dueSoonAt(opened, due, calendar)).isEqualTo(vn("2026-02-13T17:00"));
    }

    @Test
    void aStepAlreadyPastItsDueTimeIsWarnedAtOnce() {
        Instant now = vn("2026-11-18T10:00");
        assertThat(Timeliness.dueSoonAt(now, vn("2026-11-17T10:00"), calendar)).isEqualTo(now);
    }
}
