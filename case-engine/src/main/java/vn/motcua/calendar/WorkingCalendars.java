package vn.motcua.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.platform.time.BusinessTime;

/**
 * The working calendar that applies to a unit: the province-wide days of {@code calendar_day} overridden by the
 * unit's own, the unit's hours from {@code calendar_unit_hours} (default 07:00–11:30, 13:30–17:00), and the Labour
 * Code's holidays, provisional, for years without a published calendar. Built once per unit and cached; an
 * administrator's change clears the cache on this node at once (and again after the transaction ends), other nodes
 * reload within {@link #RELOAD_AFTER}.
 */
@ApplicationScoped
public class WorkingCalendars {

    /** How long a node keeps a loaded calendar before reading the tables again (other nodes' changes). */
    public static final Duration RELOAD_AFTER = Duration.ofMinutes(5);

    @Inject
    CalendarData data;

    @Inject
    Clock clock;

    private record Snapshot(Instant loadedAt, List<CalendarDayView> days, Map<String, UnitHours> hours,
                            Map<String, WorkingCalendar> byUnit) {
    }

    private volatile Snapshot snapshot;

    /** The calendar of a unit; a unit without hours of its own works the default hours. */
    public WorkingCalendar forUnit(String unitCode) {
        Snapshot current = current();
        return current.byUnit().computeIfAbsent(unitCode == null ? "" : unitCode, code -> build(current, code));
    }

    /** When a dossier received at {@code receivedAt} by {@code unitCode} under {@code version} is due. */
    public Instant dueOf(String unitCode, ProcedureVersion version, Instant receivedAt) {
        return dueOf(unitCode, version.getCutOff(),
                new ProcessingTime(version.getDurationValue(), version.getDurationUnit()), receivedAt);
    }

    /** The same for a dossier filed through a channel with its own processing time (online vs in person). */
    public Instant dueOf(String unitCode, ProcedureVersion version, FilingChannel channel, Instant receivedAt) {
        return dueOf(unitCode, version.getCutOff(), version.durationFor(channel), receivedAt);
    }

    /** The due instant after the clock starts under the cut-off rule and runs for the processing time. */
    public Instant dueOf(String unitCode, CutOffRule cutOff, ProcessingTime time, Instant receivedAt) {
        WorkingCalendar calendar = forUnit(unitCode);
        return calendar.dueAfter(calendar.clockStart(receivedAt, cutOff), time.value(), time.unit());
    }

    /** The due instant of a bare duration, for callers that have no procedure version. */
    public Instant dueOf(String unitCode, CutOffRule cutOff, int value, DurationUnit unit, Instant receivedAt) {
        return dueOf(unitCode, cutOff, new ProcessingTime(value, unit), receivedAt);
    }

    /** Forget every loaded calendar: the next request reads the tables again. */
    public void invalidate() {
        snapshot = null;
    }

    void afterCalendarChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CalendarChanged change) {
        invalidate();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.loadedAt().plus(RELOAD_AFTER))
                || now.isBefore(current.loadedAt())) {
            current = new Snapshot(now, data.allDays(),
                    data.allHours().stream().collect(Collectors.toMap(UnitHours::unitCode, Function.identity())),
                    new ConcurrentHashMap<>());
            snapshot = current;
        }
        return current;
    }

    private static WorkingCalendar build(Snapshot snapshot, String unitCode) {
        UnitHours hours = snapshot.hours().get(unitCode);
        WorkingCalendar.Builder builder = WorkingCalendar.builder(BusinessTime.ZONE)
                .statutoryHolidaysForUnpublishedYears();
        if (hours != null) {
            builder.periods(hours.periods()).saturdayMorningReception(hours.saturdayMorning());
        }
        builder.days(snapshot.days().stream().filter(d -> d.unitCode() == null).map(WorkingCalendars::day).toList());
        builder.days(snapshot.days().stream().filter(d -> unitCode.equals(d.unitCode()))
                .map(WorkingCalendars::day).toList());
        return builder.build();
    }

    private static CalendarDay day(CalendarDayView view) {
        return new CalendarDay(view.date(), view.kind(), view.name(), view.provisional(), view.source());
    }
}
