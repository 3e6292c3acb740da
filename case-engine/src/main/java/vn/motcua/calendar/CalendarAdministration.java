package vn.motcua.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.platform.transactions.RetriedOnConflict;

/**
 * Administrators maintain the working calendar: add or remove a holiday, day off or make-up working day (for every
 * unit or one unit) and set a unit's working hours. Each change is audited, refreshes the cached calendars and fires
 * {@link CalendarChanged} in the same transaction; the {@link DueDateRederivation}s re-derive open dossiers' due
 * dates and the number they report is returned to the administrator.
 */
@ApplicationScoped
@RetriedOnConflict
public class CalendarAdministration {

    public static final String AUDIT_OBJECT = "CALENDAR";

    private static final Logger LOG = Logger.getLogger(CalendarAdministration.class.getName());
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CalendarData data;

    @Inject
    WorkingCalendars calendars;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Instance<DueDateRederivation> rederivations;

    @Inject
    Clock clock;

    /** What an administrator enters for a day; {@code unitCode} null or blank = every unit. */
    public record DayDraft(String unitCode, LocalDate date, DayKind kind, String name, boolean provisional,
                           String source) {
    }

    /** The outcome of a change: the stored day (when one was added) and how many dossiers were re-derived. */
    public record CalendarUpdate(Long dayId, int rederivedDossiers) {
    }

    /** Stored days of a Gregorian year, by date, province-wide first. */
    public List<CalendarDayView> days(int year) {
        return data.daysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Optional<CalendarDayView> day(long id) {
        return data.day(id);
    }

    /** Units with hours of their own. */
    public List<UnitHours> unitHours() {
        return data.allHours();
    }

    @Transactional
    public CalendarUpdate addDay(Actor admin, DayDraft draft) {
        admin.requireAdmin("change the working calendar");
        if (draft == null || draft.date() == null) {
            throw new InvalidRequestException("Cần chọn ngày");
        }
        if (draft.kind() == null || !draft.kind().isStored()) {
            throw new InvalidRequestException("Loại ngày phải là ngày lễ, ngày nghỉ thêm hoặc ngày làm bù");
        }
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidRequestException("Cần nhập tên ngày (tối đa 255 ký tự)");
        }
        String source = blankToNull(draft.source());
        if (source != null && source.length() > 500) {
            throw new InvalidRequestException("Nguồn tối đa 500 ký tự");
        }
        String unit = blankToNull(draft.unitCode());
        if (unit != null && !data.unitExists(unit)) {
            throw new InvalidRequestException("Không có đơn vị mã " + unit);
        }
        DayOfWeek dow = draft.date().getDayOfWeek();
        if (draft.kind() == DayKind.WORKING_DAY && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw new InvalidRequestException("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; "
                    + VN_DATE.format(draft.date()) + " đã là ngày làm việc");
        }
        if (data.day(unit, draft.date()).isPresent()) {
            throw new InvalidRequestException("Ngày " + VN_DATE.format(draft.date()) + " đã có trong lịch "
                    + (unit == null ? "chung" : "của đơn vị " + unit) + "; hãy xoá ngày cũ trước");
        }
        CalendarDay day = new CalendarDay(draft.date(), draft.kind(), name, draft.provisional(), source);
        long id = data.insert(unit, day);
        audit.record(admin, new AuditedChange("CALENDAR_DAY_ADDED", AUDIT_OBJECT, String.valueOf(id), unit, null,
                summary(unit, day), null));
        int rederived = changed(new CalendarChanged(unit, draft.date(), draft.date()));
        LOG.info(() -> "Calendar day " + id + " added by " + admin.username() + ": " + summary(unit, day));
        return new CalendarUpdate(id, rederived);
    }

    @Transactional
    public CalendarUpdate removeDay(Actor admin, long id) {
        admin.requireAdmin("change the working calendar");
        CalendarDayView day = data.day(id)
                .orElseThrow(() -> new InvalidRequestException("Không có ngày số " + id + " trong lịch"));
        data.delete(id);
        audit.record(admin, new AuditedChange("CALENDAR_DAY_REMOVED", AUDIT_OBJECT, String.valueOf(id),
                day.unitCode(), summary(day.unitCode(), new CalendarDay(day.date(), day.kind(), day.name(),
                        day.provisional(), day.source())), null, null));
        int rederived = changed(new CalendarChanged(day.unitCode(), day.date(), day.date()));
        LOG.info(() -> "Calendar day " + id + " removed by " + admin.username());
        return new CalendarUpdate(null, rederived);
    }

    /** Sets a unit's working periods and Saturday-morning reception from today on. */
    @Transactional
    public CalendarUpdate setUnitHours(Actor admin, String unitCode, String periods, boolean saturdayMorning) {
        admin.requireAdmin("change the working calendar");
        String unit = blankToNull(unitCode);
        if (unit == null || !data.unitExists(unit)) {
            throw new InvalidRequestException("Không có đơn vị mã " + (unit == null ? "(trống)" : unit));
        }
        UnitHours hours = new UnitHours(unit, UnitHours.parse(periods), saturdayMorning);
        String before = data.allHours().stream().filter(h -> h.unitCode().equals(unit)).findFirst()
                .map(CalendarAdministration::summary).orElse("giờ mặc định");
        data.saveHours(hours);
        audit.record(admin, new AuditedChange("CALENDAR_HOURS_SET", AUDIT_OBJECT, unit, unit, before,
                summary(hours), null));
        int rederived = changed(new CalendarChanged(unit, BusinessTime.today(clock), null));
        LOG.info(() -> "Working hours of " + unit + " set by " + admin.username() + ": " + summary(hours));
        return new CalendarUpdate(null, rederived);
    }

    private int changed(CalendarChanged change) {
        calendars.invalidate();
        changed.fire(change);
        int total = 0;
        for (DueDateRederivation rederivation : rederivations) {
            total += rederivation.rederive(change);
        }
        return total;
    }


    private static String summary(String unit, CalendarDay day) {
        return day.date() + " " + day.kind() + " \"" + day.name() + "\"" + (day.provisional() ? " (tạm tính)" : "")
                + "; " + (unit == null ? "mọi đơn vị" : "đơn vị " + unit)
                + (day.source() == null ? "" : "; nguồn: " + day.source());
    }

    private static String summary(UnitHours hours) {
        return hours.periodsText() + (hours.saturdayMorning() ? "; nhận hồ sơ sáng thứ Bảy" : "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
