package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.jobs.JobTitle;
import vn.motcua.platform.jobs.RecurringJob;

/**
 * The sweep behind the steps' own deadline timers: every fifteen minutes (once in the cluster) it looks at the open
 * steps due within a week and sends the due-soon, overdue and escalation notices that are due and were not sent yet
 * (a timer that fired while the dossier was paused, a step opened before the timers existed). Each notice goes once
 * per step, whoever sends it first; see {@link StepDeadlineNotices}.
 */
@ApplicationScoped
public class DeadlineNoticesJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(DeadlineNoticesJob.class.getName());

    /** Dossiers due within this (calendar) horizon are examined; the working calendar decides the rest. */
    private static final Duration HORIZON = Duration.ofDays(7);

    @Inject
    StepDeadlineNotices deadlines;

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
        List<StepDeadlineNotices.OpenStep> steps = deadlines.openSteps(null, null, now.plus(HORIZON));
        int sent = 0;
        for (StepDeadlineNotices.OpenStep step : steps) {
            sent += deadlines.notify(step);
        }
        String summary = String.format("Examined %d open steps due within %d days; sent %d notices the steps' "
                + "timers had not sent.", steps.size(), HORIZON.toDays(), sent);
        LOG.info(summary);
        return summary;
    }
}
