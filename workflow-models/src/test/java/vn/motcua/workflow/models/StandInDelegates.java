package vn.motcua.workflow.models;

import java.util.HashMap;
import java.util.Map;

/**
 * The stand-in delegates registered in the test engine under the bean names the models reference.
 * The extension resets them before every test; a test method receives them as a parameter.
 */
public final class StandInDelegates {

    public static final String INTAKE_REMINDER_BEAN = "intakeReminderDelegate";
    public static final String RESULT_PUBLICATION_BEAN = "resultPublicationDelegate";

    private final RecordingDelegate intakeReminder = new RecordingDelegate(INTAKE_REMINDER_BEAN);
    private final RecordingDelegate resultPublication = new RecordingDelegate(RESULT_PUBLICATION_BEAN);

    /** Stand-in for {@code intakeReminderDelegate} (service task remindDesk). */
    public RecordingDelegate intakeReminder() {
        return intakeReminder;
    }

    /** Stand-in for {@code resultPublicationDelegate} (async service task publishResult). */
    public RecordingDelegate resultPublication() {
        return resultPublication;
    }

    Map<Object, Object> asBeans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put(INTAKE_REMINDER_BEAN, intakeReminder);
        beans.put(RESULT_PUBLICATION_BEAN, resultPublication);
        return beans;
    }

    void reset() {
        intakeReminder.reset();
        resultPublication.reset();
    }
}
