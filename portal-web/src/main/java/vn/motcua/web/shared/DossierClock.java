package vn.motcua.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.application.DossierView;

/**
 * The legal time of a dossier as the dossier page words it: whether it was extended, the working time left (or by
 * which it is overdue) against the due time the legal clock derived, and how each step of the control sheet stands.
 */
@Named
@RequestScoped
public class DossierClock {

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    /** Whether the one extension was granted (an apology was given). */
    public boolean extended(DossierView dossier) {
        return dossier.clock().stream().anyMatch(event -> "EXTEND".equals(event.kind()));
    }

    /**
     * "Còn 1 ngày 2 giờ làm việc" while the clock runs, "Quá hạn …" past the due time, or what the clock is doing
     * when it does not run (paused, finished, stopped, not started).
     */
    public String remaining(DossierView dossier) {
        if (!"RUNNING".equals(dossier.clockState()) || dossier.dueAt() == null) {
            return messages.get("legalTime.remaining." + dossier.clockState());
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.forUnit(dossier.receivingUnitCode());
        return now.isAfter(dossier.dueAt())
                ? messages.get("legalTime.overdueBy", workingTime(calendar.workingTimeBetween(dossier.dueAt(), now)))
                : messages.get("legalTime.left", workingTime(calendar.workingTimeBetween(now, dossier.dueAt())));
    }

    /**
     * How a row of the control sheet stands: its result when the step was handed on (EARLY, ON_TIME, LATE or
     * NO_DUE_DATE), else PAUSED while the clock waits, or WITHIN_TIME, DUE_SOON, OVERDUE against the step's due time
     * now (IN_PROGRESS without one). A suffix of the {@code standing.} message keys and CSS classes.
     */
    public String standing(DossierView dossier, DossierView.ControlSheetRow row) {
        if (row.finishedAt() != null) {
            return row.result() == null ? Timeliness.NO_DUE_DATE.name() : row.result();
        }
        if ("PAUSED".equals(dossier.clockState())) {
            return "PAUSED";
        }
        if (row.dueAt() == null || "STOPPED".equals(dossier.clockState())) {
            return "IN_PROGRESS";
        }
        return Timeliness.of(row.dueAt(), null, clock.instant(), calendars.forUnit(dossier.receivingUnitCode()))
                .name();
    }

    /** "2 ngày 3 giờ 30 phút": working days of eight hours, hours and minutes, zero parts left out. */
    private String workingTime(Duration time) {
        long minutes = time.toMinutes();
        long perDay = WorkingCalendar.WORKING_DAY.toMinutes();
        List<String> parts = new ArrayList<>();
        if (minutes / perDay > 0) {
            parts.add(messages.get("duration.days", minutes / perDay));
        }
        if (minutes % perDay / 60 > 0) {
            parts.add(messages.get("duration.hours", minutes % perDay / 60));
        }
        if (minutes % 60 > 0 || parts.isEmpty()) {
            parts.add(messages.get("duration.minutes", minutes % 60));
        }
        return String.join(" ", parts);
    }
}
