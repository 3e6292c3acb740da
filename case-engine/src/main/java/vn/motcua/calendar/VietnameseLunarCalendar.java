package vn.motcua.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Vietnamese lunar calendar: the Chinese lunisolar rules computed for UTC+7 instead of UTC+8, so a new moon late
 * in the evening can start a month one day earlier than in China (Tết 1985: 21 Jan in Vietnam, 20 Feb in China;
 * 2007: 17 Feb vs 18 Feb; 2030: 2 Feb vs 3 Feb). The astronomy is ICU4J's (the same approach as ICU's own
 * {@code DangiCalendar} for Korea at UTC+9); ICU's new-moon times can be some minutes off, which is one reason dates
 * derived from it are provisional until the government publishes the year's calendar.
 */
final class VietnameseLunarCalendar extends ChineseCalendar {

    private static final long serialVersionUID = 1L;

    /** Vietnam's zone for calendar computations since 1967/1975; fixed offset, no daylight saving. */
    private static final TimeZone UTC_PLUS_7 = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");

    private VietnameseLunarCalendar() {
        // fields are read and written at midnight GMT, so the Gregorian date is simply the UTC date of the instant
        super(TimeZone.GMT_ZONE, ULocale.ROOT, UTC_PLUS_7);
    }

    /**
     * The Gregorian date of a day of a (non-leap) lunar month.
     *
     * @param lunarYear the lunar year, named by the Gregorian year in which it begins (Tết 2026 opens lunar year 2026)
     * @param month     1 to 12 (tháng Giêng = 1, tháng Chạp = 12)
     * @param day       1 to 30
     */
    static LocalDate toGregorian(int lunarYear, int month, int day) {
        VietnameseLunarCalendar calendar = new VietnameseLunarCalendar();
        // ICU's numbering of extended years has changed between releases: read it from a day of that lunar year
        // (1 July always lies in the lunar year that began in the same Gregorian year)
        calendar.setTimeInMillis(LocalDate.of(lunarYear, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        int extendedYear = calendar.get(EXTENDED_YEAR);
        calendar.clear();
        calendar.set(EXTENDED_YEAR, extendedYear);
        calendar.set(MONTH, month - 1);
        calendar.set(IS_LEAP_MONTH, 0);
        calendar.set(DAY_OF_MONTH, day);
        return LocalDate.ofInstant(Instant.ofEpochMilli(calendar.getTimeInMillis()), ZoneOffset.UTC);
    }

    /** Mùng 1 Tết of the lunar year that begins in the given Gregorian year. */
    static LocalDate newYear(int year) {
        return toGregorian(year, 1, 1);
    }
}
