package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Labour Code's holidays for a year without an official calendar (2027). */
class StatutoryHolidaysTest {

    private final List<CalendarDay> year2027 = StatutoryHolidays.of(2027);

    private List<LocalDate> dates(DayKind kind) {
        return year2027.stream().filter(d -> d.kind() == kind).map(CalendarDay::date).toList();
    }

    @Test
    void tetIsTheLastDayOfTheLunarYearToTheFourthDayOfTheNewYear() {
        // mùng 1 = Saturday 6 Feb 2027; 5 Feb is the last day of the year Bính Ngọ
        assertThat(dates(DayKind.HOLIDAY)).contains(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
                LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9));
    }

    @Test
    void holidaysOnAWeekendGiveCompensatoryDaysOnTheNextWorkingDays() {
        // Tết's Saturday and Sunday → Wednesday 10 and Thursday 11 Feb; 1 May 2027 is a Saturday → Monday 3 May
        assertThat(dates(DayKind.DAY_OFF)).containsExactly(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 5, 3));
    }

    @Test
    void hungKingsDayNewYearVictoryLabourAndNationalDayAreHolidays() {
        assertThat(dates(DayKind.HOLIDAY)).contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 16),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 9, 1),
                LocalDate.of(2027, 9, 2));
        assertThat(dates(DayKind.HOLIDAY)).hasSize(11);
    }

    @Test
    void everyDerivedDayIsProvisionalAndNamesItsSource() {
        assertThat(year2027).allSatisfy(d -> {
            assertThat(d.provisional()).isTrue();
            assertThat(d.source()).contains("Bộ luật Lao động 2019");
        });
    }

    @Test
    void theConventionMatchesThePublished2026Tet() {
        // published: Monday 16 (29 tháng Chạp) to Friday 20 Feb 2026 (mùng 4)
        assertThat(StatutoryHolidays.of(2026).stream().filter(d -> d.name().startsWith("Tết Nguyên đán"))
                .map(CalendarDay::date)).containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    }
}
