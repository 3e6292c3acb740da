package vn.motcua.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.jobs.RecurringJobs;
import vn.motcua.platform.time.ApplicationClock;

/**
 * For test classes that move the application clock ahead. The integration-test classes share one database, so the
 * deadline scan must not notice dossiers as due soon or overdue at a moved time: it is held while a test runs, and
 * the clock goes back to real time afterwards.
 */
@ApplicationScoped
public class MovedClock {

    private static final String DEADLINE_SCAN = "deadline-notices";

    @Inject
    RecurringJobs jobs;

    @Inject
    ApplicationClock clock;

    @Inject
    DemoActors actors;

    public void holdDeadlineScan() {
        jobs.pause(actors.get(DemoActors.ADMIN), DEADLINE_SCAN);
    }

    public void backToRealTime() {
        clock.reset();
        jobs.resume(actors.get(DemoActors.ADMIN), DEADLINE_SCAN);
    }
}
