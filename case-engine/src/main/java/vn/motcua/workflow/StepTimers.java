package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;

/**
 * The deadline timers of a step: every step with a time allocation carries two non-interrupting timer boundary events
 * in the routing models, {@code {step}DueSoonTimer} (warn the holder) and {@code {step}OverdueTimer} (escalate to the
 * unit head and the supervisors). They are ordinary Flowable timer jobs, stored with the process: they survive
 * restarts, and the engine's job lock lets exactly one node of a cluster fire each. When the legal clock moves a
 * step's due time (a resumed pause, an extension, a changed calendar), the timers are moved with it.
 */
@ApplicationScoped
public class StepTimers {

    /** The element id of the timer warning the holder of {@code stepKey}. */
    public static String dueSoonTimer(String stepKey) {
        return stepKey + "DueSoonTimer";
    }

    /** The element id of the timer escalating an overdue {@code stepKey}. */
    public static String overdueTimer(String stepKey) {
        return stepKey + "OverdueTimer";
    }

    @Inject
    ManagementService management;

    /**
     * Moves the waiting timers of a step of a process instance to new times, in the caller's transaction.
     *
     * @return how many timers were moved (none when the step has no timers or they have fired)
     */
    public int reschedule(String processInstanceId, String stepKey, Instant dueSoonAt, Instant dueAt) {
        int moved = 0;
        for (Job job : management.createTimerJobQuery().processInstanceId(processInstanceId).list()) {
            Instant at = job.getElementId().equals(dueSoonTimer(stepKey)) ? dueSoonAt
                    : job.getElementId().equals(overdueTimer(stepKey)) ? dueAt : null;
            if (at != null && !at.equals(job.getDuedate().toInstant())) {
                management.rescheduleTimeDateJob(job.getId(), at.toString());
                moved++;
            }
        }
        return moved;
    }
}
