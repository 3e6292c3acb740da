package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import vn.motcua.dossier.application.LegalTime;
import vn.motcua.dossier.application.LegalTime.StepDeadline;
import vn.motcua.notification.application.StepDeadlineNotices;
import vn.motcua.workflow.ProcessContract.Variables;

/**
 * Bean {@code stepDeadlines} of the routing models' step timers: the timer expressions ask it when a step becomes due
 * soon and when it is due (derived from the dossier's legal clock and the step's allocation), and the timers' service
 * tasks ask it to warn the holder or to escalate. A step without a due time (no allocation, clock not started) gets a
 * timer that never fires; {@link vn.motcua.workflow.StepTimers} moves it when the step gets one.
 */
@Named("stepDeadlines")
@ApplicationScoped
public class StepDeadlineTimers {

    /**
     * "Never" for a timer date: far enough ahead that no step waits that long, and within what the engine's timer due
     * date column holds on MySQL / MariaDB (a TIMESTAMP, up to 2038-01-19; 9999-12-31 was refused there).
     */
    static final Instant NEVER = Instant.parse("2037-12-31T00:00:00Z");

    @Inject
    LegalTime legalTime;

    @Inject
    StepDeadlineNotices notices;

    /** Timer date of {@code {step}DueSoonTimer}. */
    public Date dueSoonAt(DelegateExecution execution, String stepKey) {
        return Date.from(legalTime.openStepDeadline(dossierId(execution), stepKey).map(StepDeadline::dueSoonAt)
                .orElse(NEVER));
    }

    /** Timer date of {@code {step}OverdueTimer}. */
    public Date dueAt(DelegateExecution execution, String stepKey) {
        return Date.from(legalTime.openStepDeadline(dossierId(execution), stepKey).map(StepDeadline::dueAt)
                .orElse(NEVER));
    }

    /** Timer date of {@code consultationReminderTimer}: the reminder of the consulted unit's open consultation. */
    public Date consultationReminderAt(DelegateExecution execution, String consultedUnitCode) {
        return Date.from(consultations.openOf(dossierId(execution), consultedUnitCode)
                .map(vn.motcua.dossier.domain.Consultation::getRemindAt).orElse(NEVER));
    }

    /** Timer date of {@code consultationDueTimer}: the due time of the consulted unit's open consultation. */
    public Date consultationDueAt(DelegateExecution execution, String consultedUnitCode) {
        return Date.from(consultations.openOf(dossierId(execution), consultedUnitCode)
                .map(vn.motcua.dossier.domain.Consultation::getDueAt).orElse(NEVER));
    }

    @Inject
    vn.motcua.dossier.application.Consultations consultations;

    /** Service task after {@code {step}DueSoonTimer}. */
    public void warn(DelegateExecution execution, String stepKey) {
        notices.remind(dossierId(execution), stepKey);
    }

    /** Service task after {@code {step}OverdueTimer}. */
    public void escalate(DelegateExecution execution, String stepKey) {
        notices.remind(dossierId(execution), stepKey);
    }

    private static long dossierId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue();
    }
}
