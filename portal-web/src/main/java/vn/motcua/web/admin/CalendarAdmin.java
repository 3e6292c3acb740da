package vn.motcua.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.CalendarDayView;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.UnitHours;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.web.shared.Messages;

/**
 * The working calendar for administrators: a year's holidays, days off and make-up days (stored ones, and the
 * provisional ones derived from the Labour Code for a year without a published calendar), add or remove a day, set
 * a unit's hours and Saturday reception; after a change, how many open dossiers had their due dates re-derived.
 */
@Named
@ViewScoped
public class CalendarAdmin implements Serializable {

    /** One line of the year list; {@code id} null for a derived (statutory, provisional) day. */
    public record Row(Long id, LocalDate date, String unitCode, DayKind kind, String name, boolean provisional,
                      String source) {
    }

    @Inject
    transient CalendarAdministration administration;

    @Inject
    transient WorkingCalendars calendars;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private Integer year;
    private transient List<Row> rows;
    private String unitCode;
    private LocalDate date;
    private DayKind kind = DayKind.HOLIDAY;
    private String name;
    private String source;
    private boolean provisional;
    private String hoursUnit;
    private String hoursPeriods = UnitHours.format(vn.motcua.calendar.WorkingCalendar.DEFAULT_PERIODS);
    private boolean saturdayMorning;

    public List<Row> getRows() {
        if (rows == null) {
            int y = getYear();
            List<CalendarDayView> stored = administration.days(y);
            Set<LocalDate> storedForAll = stored.stream().filter(d -> d.unitCode() == null)
                    .map(CalendarDayView::date).collect(Collectors.toSet());
            List<Row> list = new ArrayList<>(stored.stream().map(d -> new Row(d.id(), d.date(), d.unitCode(),
                    d.kind(), d.name(), d.provisional(), d.source())).toList());
            calendars.forUnit(null).days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).stream()
                    .filter(d -> d.provisional() && d.kind().isStored() && !storedForAll.contains(d.date()))
                    .forEach(d -> list.add(new Row(null, d.date(), null, d.kind(), d.name(), true, null)));
            list.sort(Comparator.comparing(Row::date));
            rows = list;
        }
        return rows;
    }

    public List<UnitHours> getUnitHours() {
        return administration.unitHours();
    }

    public List<DayKind> getKinds() {
        return List.of(DayKind.HOLIDAY, DayKind.DAY_OFF, DayKind.WORKING_DAY);
    }

    public void showYear() {
        rows = null;
    }

    public void add() {
        act(() -> administration.addDay(actor, new CalendarAdministration.DayDraft(unitCode, date, kind, name,
                provisional, source)).rederivedDossiers());
    }

    public void remove(long id) {
        act(() -> administration.removeDay(actor, id).rederivedDossiers());
    }

    public void saveHours() {
        act(() -> administration.setUnitHours(actor, hoursUnit, hoursPeriods, saturdayMorning).rederivedDossiers());
    }

    private void act(Supplier<Integer> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            int rederived = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("adminCalendar.updated", rederived), null));
            rows = null;
            name = null;
            source = null;
            date = null;
        } catch (InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (AccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("admin.forbidden"),
                    null));
        }
    }

    public int getYear() {
        if (year == null) {
            year = BusinessTime.today(clock).getYear();
        }
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }

    public String getHoursUnit() {
        return hoursUnit;
    }

    public void setHoursUnit(String hoursUnit) {
        this.hoursUnit = hoursUnit;
    }

    public String getHoursPeriods() {
        return hoursPeriods;
    }

    public void setHoursPeriods(String hoursPeriods) {
        this.hoursPeriods = hoursPeriods;
    }

    public boolean isSaturdayMorning() {
        return saturdayMorning;
    }

    public void setSaturdayMorning(boolean saturdayMorning) {
        this.saturdayMorning = saturdayMorning;
    }
}
