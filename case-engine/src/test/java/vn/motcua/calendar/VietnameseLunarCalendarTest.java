package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Vietnamese lunar calendar (UTC+7) against dates published for Vietnam, including years where it differs from
 * the Chinese calendar (UTC+8).
 */
class VietnameseLunarCalendarTest {

    @Test
    void tet2026IsTheSeventeenthOfFebruary() {
        assertThat(VietnameseLunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void tet2025IsTheTwentyNinthOfJanuary() {
        assertThat(VietnameseLunarCalendar.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    }

    @Test
    void tet2027IsTheSixthOfFebruary() {
        assertThat(VietnameseLunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
    }

    @Test
    void tet2030InVietnamIsTheSecondOfFebruaryOneDayBeforeChina() {
        // the new moon falls just before midnight in Vietnam (UTC+7) and just after it in China (UTC+8):
        // Vietnam celebrates on 2 Feb 2030, China on 3 Feb 2030
        assertThat(VietnameseLunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    }

    @Test
    void tet1985InVietnamWasAMonthBeforeChina() {
        assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    }

    @Test
    void tet2007InVietnamWasOneDayBeforeChina() {
        assertThat(VietnameseLunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(VietnameseLunarCalendar.toGregorian(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(VietnameseLunarCalendar.toGregorian(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(VietnameseLunarCalendar.toGregorian(2027, 3, 10)).isEqualTo(LocalDate.of(2027, 4, 16));
    }
}
