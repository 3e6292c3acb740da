package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of a year as the Labour Code 2019 sets them (Art. 112), for years whose official civil-service
 * calendar has not been published yet. Every day is provisional:
 * <ul>
 *   <li>Tết Dương lịch: 1 January;</li>
 *   <li>Tết Nguyên đán, five days: the civil-service convention of the last day of the lunar year (30 tháng Chạp, or
 *       29 when the month has 29 days) to mùng 4 tháng Giêng — the law only says "5 days" and the government fixes
 *       them each year, usually this way (2026: 16–20 Feb);</li>
 *   <li>Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch;</li>
 *   <li>30 April and 1 May;</li>
 *   <li>Quốc khánh: 2 September and one adjacent day — 1 September, as in 2025 and 2026;</li>
 *   <li>a holiday that falls on a Saturday or Sunday gives a compensatory day off on the next working day
 *       (Art. 111(3)).</li>
 * </ul>
 * Lunar dates use the Vietnamese lunar calendar (UTC+7). Swaps the government decides each year (a Friday off made up
 * on a Saturday) cannot be derived and appear only when the year's calendar is entered as data.
 */
public final class StatutoryHolidays {

    /** Years the lunar computation is trusted for. */
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2150;

    static final String SOURCE = "Bộ luật Lao động 2019, Điều 112 và Điều 111 khoản 3; âm lịch Việt Nam (UTC+7) tính "
            + "bằng ICU4J. Tạm tính: chưa có thông báo chính thức lịch nghỉ của năm.";

    private static final Map<Integer, List<CalendarDay>> CACHE = new ConcurrentHashMap<>();

    private StatutoryHolidays() {
    }

    /** The provisional holidays and compensatory days off of a Gregorian year, by date. */
    public static List<CalendarDay> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return List.of();
        }
        return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static List<CalendarDay> compute(int year) {
        List<CalendarDay> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        holidays.add(holiday(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)"));
        for (int day = 1; day <= 4; day++) {
            holidays.add(holiday(tet.plusDays(day - 1), "Tết Nguyên đán (mùng " + day + ")"));
        }
        holidays.add(holiday(VietnameseLunarCalendar.toGregorian(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.add(holiday(MonthDay.of(4, 30).atYear(year), "Ngày Chiến thắng (30/4)"));
        holidays.add(holiday(MonthDay.of(5, 1).atYear(year), "Ngày Quốc tế Lao động (1/5)"));
        holidays.add(holiday(MonthDay.of(9, 1).atYear(year), "Quốc khánh (ngày liền kề 1/9)"));
        holidays.add(holiday(MonthDay.of(9, 2).atYear(year), "Quốc khánh (2/9)"));
        holidays.sort(Comparator.comparing(CalendarDay::date));

        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<CalendarDay> all = new ArrayList<>(holidays);
        for (CalendarDay holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate compensatory = holiday.date().plusDays(1);
                while (isWeekend(compensatory) || taken.contains(compensatory)) {
                    compensatory = compensatory.plusDays(1);
                }
                taken.add(compensatory);
                all.add(new CalendarDay(compensatory, DayKind.DAY_OFF, "Nghỉ bù " + holiday.name(), true, SOURCE));
            }
        }
        all.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(all);
    }

    private static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.HOLIDAY, name, true, SOURCE);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
