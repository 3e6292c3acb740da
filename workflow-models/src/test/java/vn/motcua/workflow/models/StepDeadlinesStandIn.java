package vn.motcua.workflow.models;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * Stand-in for bean {@code stepDeadlines}, which in production derives a step's due-soon and due times from the
 * dossier's legal clock: here a test sets them per step, and the warnings and escalations the step timers ask for are
 * recorded as {@code "<stepKey>:<dossierId>"}. Steps without set times get a date far in the future, as production
 * gives a step without a due time a timer that never fires. The same holds for a consultation's reminder and due
 * times, which production takes from the consultation the lead unit set up; here a test sets them per consulted unit.
 */
public final class StepDeadlinesStandIn {

    static final String BEAN = "stepDeadlines";
    static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private record Times(Instant dueSoonAt, Instant dueAt) {
    }

    private final Map<String, Times> times = new ConcurrentHashMap<>();
    private final Map<String, Times> consultationTimes = new ConcurrentHashMap<>();
    private final List<String> warned = new CopyOnWriteArrayList<>();
    private final List<String> escalated = new CopyOnWriteArrayList<>();

    /** The times the next timers of {@code stepKey} get. */
    public void set(String stepKey, Instant dueSoonAt, Instant dueAt) {
        times.put(stepKey, new Times(dueSoonAt, dueAt));
    }

    /** The reminder and due times of the consultation of {@code consultedUnitCode}. */
    public void setConsultation(String consultedUnitCode, Instant reminderAt, Instant dueAt) {
        consultationTimes.put(consultedUnitCode, new Times(reminderAt, dueAt));
    }

    public Date dueSoonAt(DelegateExecution execution, String stepKey) {
        return Date.from(times.getOrDefault(stepKey, new Times(NEVER, NEVER)).dueSoonAt());
    }

    public Date dueAt(DelegateExecution execution, String stepKey) {
        return Date.from(times.getOrDefault(stepKey, new Times(NEVER, NEVER)).dueAt());
    }

    /** Timer date of {@code consultationReminderTimer}. */
    public Date consultationReminderAt(DelegateExecution execution, String consultedUnitCode) {
        return Date.from(consultationTimes.getOrDefault(consultedUnitCode, new Times(NEVER, NEVER)).dueSoonAt());
    }

    /** Timer date of {@code consultationDueTimer}. */
    public Date consultationDueAt(DelegateExecution execution, String consultedUnitCode) {
        return Date.from(consultationTimes.getOrDefault(consultedUnitCode, new Times(NEVER, NEVER)).dueAt());
    }

    public void warn(DelegateExecution execution, String stepKey) {
        warned.add(stepKey + ":" + execution.getVariable("dossierId"));
    }

    public void escalate(DelegateExecution execution, String stepKey) {
        escalated.add(stepKey + ":" + execution.getVariable("dossierId"));
    }

    /** Warnings asked for, in order, as {@code "<stepKey>:<dossierId>"}. */
    public List<String> warned() {
        return List.copyOf(warned);
    }

    /** Escalations asked for, in order, as {@code "<stepKey>:<dossierId>"}. */
    public List<String> escalated() {
        return List.copyOf(escalated);
    }

    void reset() {
        times.clear();
        consultationTimes.clear();
        warned.clear();
        escalated.clear();
    }
}
