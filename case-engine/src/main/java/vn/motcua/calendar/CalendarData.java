package vn.motcua.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The calendar tables over JDBC ({@code calendar_day}, {@code calendar_unit_hours}, migration V8). A province-wide
 * day has the unit code '' in the table and null everywhere else.
 */
@ApplicationScoped
public class CalendarData {

    private static final String ALL_UNITS = "";
    private static final String DAY_COLUMNS = "id, unit_code, day_date, kind, name, provisional, source";

    @Inject
    DataSource dataSource;

    public List<CalendarDayView> allDays() {
        return days("select " + DAY_COLUMNS + " from calendar_day order by day_date, unit_code", ps -> { });
    }

    public List<CalendarDayView> daysBetween(LocalDate from, LocalDate to) {
        return days("select " + DAY_COLUMNS + " from calendar_day where day_date between ? and ? "
                + "order by day_date, unit_code", ps -> {
                    ps.setObject(1, from);
                    ps.setObject(2, to);
                });
    }

    public Optional<CalendarDayView> day(long id) {
        return days("select " + DAY_COLUMNS + " from calendar_day where id = ?", ps -> ps.setLong(1, id))
                .stream().findFirst();
    }

    public Optional<CalendarDayView> day(String unitCode, LocalDate date) {
        return days("select " + DAY_COLUMNS + " from calendar_day where unit_code = ? and day_date = ?", ps -> {
            ps.setString(1, unitCode == null ? ALL_UNITS : unitCode);
            ps.setObject(2, date);
        }).stream().findFirst();
    }

    public long insert(String unitCode, CalendarDay day) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into calendar_day (unit_code, day_date, kind, name, "
                     + "provisional, source) values (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, unitCode == null ? ALL_UNITS : unitCode);
            ps.setObject(2, day.date());
            ps.setString(3, day.kind().name());
            ps.setString(4, day.name());
            ps.setBoolean(5, day.provisional());
            ps.setString(6, day.source());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the calendar day " + day.date(), e);
        }
    }

    public void delete(long id) {
        update("delete from calendar_day where id = ?", ps -> ps.setLong(1, id));
    }

    public List<UnitHours> allHours() {
        List<UnitHours> hours = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select unit_code, periods, saturday_morning from calendar_unit_hours order by unit_code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hours.add(new UnitHours(rs.getString(1), UnitHours.parse(rs.getString(2)), rs.getBoolean(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the units' working hours", e);
        }
        return hours;
    }

    public void saveHours(UnitHours hours) {
        update("delete from calendar_unit_hours where unit_code = ?", ps -> ps.setString(1, hours.unitCode()));
        update("insert into calendar_unit_hours (unit_code, periods, saturday_morning) values (?, ?, ?)", ps -> {
            ps.setString(1, hours.unitCode());
            ps.setString(2, hours.periodsText());
            ps.setBoolean(3, hours.saturdayMorning());
        });
    }

    public boolean unitExists(String unitCode) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from org_unit where code = ?")) {
            ps.setString(1, unitCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up unit " + unitCode, e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<CalendarDayView> days(String sql, Binder binder) {
        List<CalendarDayView> days = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String unit = rs.getString("unit_code");
                    days.add(new CalendarDayView(rs.getLong("id"), unit == null || unit.isEmpty() ? null : unit,
                            rs.getObject("day_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                            rs.getString("name"), rs.getBoolean("provisional"), rs.getString("source")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the working calendar", e);
        }
        return days;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the working calendar", e);
        }
    }
}
