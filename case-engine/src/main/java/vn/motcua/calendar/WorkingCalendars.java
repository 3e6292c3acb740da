package vn.motcua.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.platform.time.BusinessTime;

/**
 * The working calendar that applies to a unit. Every unit currently works Monday to Friday with the default hours;
 * public holidays and swapped days are not yet in it (they are maintained as data with the legal-time capability).
 */
@ApplicationScoped
public class WorkingCalendars {

    private final WorkingCalendar standard = WorkingCalendar.weekdays(BusinessTime.ZONE);

    public WorkingCalendar forUnit(String unitCode) {
        return standard;
    }

    /** When a dossier received at {@code receivedAt} by {@code unitCode} under {@code version} is due. */
    public Instant dueOf(String unitCode, ProcedureVersion version, Instant receivedAt) {
        return forUnit(unitCode).dueAfter(receivedAt, version.getDurationValue(), version.getDurationUnit());
    }
}
