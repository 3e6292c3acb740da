package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.identity.Role;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.jobs.JobTitle;
import vn.motcua.platform.jobs.RecurringJob;

/**
 * Tells the holders of open steps when their dossier is due soon (less than one working day left) or overdue: one
 * inbox notice per step and kind, sent through the outbox, addressed to the official who took the step or else to
 * everyone holding its unit and role. Runs every fifteen minutes, once in the cluster.
 */
@ApplicationScoped
public class DeadlineNoticesJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(DeadlineNoticesJob.class.getName());

    /** Dossiers due within this (calendar) horizon are examined; the working calendar decides the rest. */
    private static final Duration HORIZON = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Inject
    InboxNotices notices;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "deadline-notices";
    }

    @Override
    public JobTitle title() {
        return new JobTitle("Nhắc việc sắp đến hạn và quá hạn", "Due-soon and overdue notices");
    }

    @Override
    public String defaultSchedule() {
        return "PT15M";
    }

    @Override
    public String run(JobContext context) {
        Instant now = clock.instant();
        List<Object[]> steps = em.createQuery("""
                        select w.taskId, w.stepKey, w.unitCode, w.role, w.assignee, d.code, d.dueAt, u.code
                        from WorkItem w, Dossier d join d.receivingUnit u
                        where d.id = w.dossierId and d.dueAt is not null and d.dueAt < :horizon
                        order by w.id""", Object[].class)
                .setParameter("horizon", now.plus(HORIZON))
                .getResultList();
        int dueSoon = 0;
        int overdue = 0;
        for (Object[] step : steps) {
            Instant due = (Instant) step[6];
            Timeliness timeliness = Timeliness.of(due, null, now, calendars.forUnit((String) step[7]));
            InboxKind kind = switch (timeliness) {
                case DUE_SOON -> InboxKind.DUE_SOON;
                case OVERDUE -> InboxKind.OVERDUE;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            String taskId = (String) step[0];
            boolean sent = notices.onceToHolder(kind, (String) step[4], (String) step[2], (Role) step[3],
                    (String) step[5], (String) step[1], null, "DEADLINE:" + kind + ":" + taskId);
            if (sent && kind == InboxKind.DUE_SOON) {
                dueSoon++;
            } else if (sent) {
                overdue++;
            }
        }
        String summary = String.format("Examined %d open steps due within %d days; sent %d due-soon and %d overdue "
                + "notices.", steps.size(), HORIZON.toDays(), dueSoon, overdue);
        LOG.info(summary);
        return summary;
    }
}
