package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.platform.database.TestDatabase;

/** The calendars built from the migrated tables (V8's published 2025 and 2026 calendars) on H2, no container. */
class WorkingCalendarsTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private DataSource dataSource;
    private WorkingCalendars calendars;
    private CalendarAdministration administration;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabase.H2.openMigrated("calendar", false);
        CalendarData data = new CalendarData();
        data.dataSource = dataSource;
        calendars = new WorkingCalendars();
        calendars.data = data;
        calendars.clock = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), VN);
        administration = new CalendarAdministration();
        administration.data = data;
        administration.calendars = calendars;
    }

    @AfterEach
    void release() throws SQLException {
        TestDatabase.H2.release(dataSource);
    }

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    @Test
    void theAcceptanceExampleHoldsOnTheSeededCalendar() {
        assertThat(calendars.dueOf("any", CutOffRule.NONE, 3, DurationUnit.WORKING_DAYS, vn("2026-02-13T10:00")))
                .isEqualTo(vn("2026-02-25T10:00"));
    }

    @Test
    void theSeeded2025And2026CalendarsAreOfficialAndNotProvisional() {
        WorkingCalendar calendar = calendars.forUnit(null);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).as("make-up Saturday 2025").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).as("swapped Friday 2025").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).as("make-up Saturday Jan 2026").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).as("compensatory Monday 2026").isFalse();
        assertThat(calendar.days(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
                .noneMatch(DayInfo::provisional);
        assertThat(calendar.days(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 5)).get(0).provisional()).isTrue();
    }

    @Test
    void aUnitsOwnHoursAndDaysApplyToThatUnitOnly() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into calendar_unit_hours (unit_code, periods, saturday_morning) "
                    + "values ('U1', '07:30-11:30,13:00-17:00', TRUE)");
            s.executeUpdate("insert into calendar_day (unit_code, day_date, kind, name, provisional, source) "
                    + "values ('U1', '2026-03-06', 'DAY_OFF', 'Ngày truyền thống', FALSE, 'test')");
        }
        calendars.invalidate();
        WorkingCalendar unit = calendars.forUnit("U1");
        assertThat(unit.receivesOnSaturdayMorning()).isTrue();
        assertThat(unit.clockStart(vn("2026-03-05T07:10"), CutOffRule.NONE)).isEqualTo(vn("2026-03-05T07:30"));
        assertThat(unit.isWorkingDay(LocalDate.of(2026, 3, 6))).isFalse();
        assertThat(calendars.forUnit("U2").isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue();
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        Actor official = new Actor(1L, "a", "A", List.of(new Actor.Grant(Role.DESK_OFFICER, "U1")));
        assertThatThrownBy(() -> administration.addDay(official, new CalendarAdministration.DayDraft(null,
                LocalDate.of(2027, 2, 5), DayKind.HOLIDAY, "Tết", false, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefusedInVietnamese() {
        Actor admin = new Actor(1L, "admin", "Admin", List.of(new Actor.Grant(Role.ADMIN, null)));
        assertThatThrownBy(() -> administration.addDay(admin, new CalendarAdministration.DayDraft(null,
                LocalDate.of(2027, 2, 3), DayKind.WORKING_DAY, "Làm bù", false, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("thứ Bảy hoặc Chủ nhật");
    }

    @Test
    void aSecondDayOnTheSameDateIsRefused() {
        Actor admin = new Actor(1L, "admin", "Admin", List.of(new Actor.Grant(Role.ADMIN, null)));
        assertThatThrownBy(() -> administration.addDay(admin, new CalendarAdministration.DayDraft(" ",
                LocalDate.of(2026, 2, 17), DayKind.HOLIDAY, "Tết", false, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("17/02/2026 đã có trong lịch");
    }

    @Test
    void badWorkingHoursAreRefusedInVietnamese() {
        assertThatThrownBy(() -> UnitHours.parse("07:00-11:30,11:00-17:00"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("không chồng lên nhau");
        assertThatThrownBy(() -> UnitHours.parse("7h-11h")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("HH:mm-HH:mm");
        assertThat(UnitHours.format(UnitHours.parse("07:00-11:30, 13:30-17:00")))
                .isEqualTo("07:00-11:30,13:30-17:00");
    }
}
