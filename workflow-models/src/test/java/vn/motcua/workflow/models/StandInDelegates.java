package vn.motcua.workflow.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stand-in delegates registered in the test engine under the bean names the models reference.
 * The extension resets them before every test; a test method receives them as a parameter.
 */
public final class StandInDelegates {

    public static final String INTAKE_REMINDER_BEAN = "intakeReminderDelegate";
    public static final String RESULT_PUBLICATION_BEAN = "resultPublicationDelegate";
    public static final String SUPPLEMENT_EXPIRY_BEAN = "supplementExpiryDelegate";
    public static final String PAYMENT_EXPIRY_BEAN = "paymentExpiryDelegate";
    public static final String CONSULTATION_REMINDER_BEAN = "consultationReminderDelegate";
    public static final String CONSULTATION_DEFAULT_BEAN = "consultationDefaultDelegate";
    public static final String LEGAL_CLOCK_EXTENSION_BEAN = "legalClockExtensionDelegate";
    public static final String STOP_NOTICE_BEAN = "stopNoticeDelegate";

    private final RecordingDelegate intakeReminder = new RecordingDelegate(INTAKE_REMINDER_BEAN);
    private final RecordingDelegate resultPublication = new RecordingDelegate(RESULT_PUBLICATION_BEAN);
    private final RecordingDelegate supplementExpiry = new RecordingDelegate(SUPPLEMENT_EXPIRY_BEAN);
    private final RecordingDelegate paymentExpiry = new RecordingDelegate(PAYMENT_EXPIRY_BEAN);
    private final RecordingDelegate consultationReminder = new RecordingDelegate(CONSULTATION_REMINDER_BEAN);
    private final RecordingDelegate consultationDefault = new RecordingDelegate(CONSULTATION_DEFAULT_BEAN);
    private final RecordingDelegate legalClockExtension = new RecordingDelegate(LEGAL_CLOCK_EXTENSION_BEAN);
    private final RecordingDelegate stopNotice = new RecordingDelegate(STOP_NOTICE_BEAN);
    private final StepDeadlinesStandIn stepDeadlines = new StepDeadlinesStandIn();
    private final RoutingStandIn routing = new RoutingStandIn();

    /** Stand-in for {@code intakeReminderDelegate} (service task remindDesk). */
    public RecordingDelegate intakeReminder() {
        return intakeReminder;
    }

    /** Stand-in for {@code resultPublicationDelegate} (async service task publishResult). */
    public RecordingDelegate resultPublication() {
        return resultPublication;
    }

    /** Stand-in for {@code supplementExpiryDelegate} (service task closeUnsupplementedDossier). */
    public RecordingDelegate supplementExpiry() {
        return supplementExpiry;
    }

    /** Stand-in for {@code paymentExpiryDelegate} (service task closeUnpaidDossier). */
    public RecordingDelegate paymentExpiry() {
        return paymentExpiry;
    }

    /** Stand-in for {@code consultationReminderDelegate} (service task remindConsultedUnit). */
    public RecordingDelegate consultationReminder() {
        return consultationReminder;
    }

    /** Stand-in for {@code consultationDefaultDelegate} (service task recordDefaultOutcome). */
    public RecordingDelegate consultationDefault() {
        return consultationDefault;
    }

    /** Stand-in for {@code legalClockExtensionDelegate} (service task recordExtension). */
    public RecordingDelegate legalClockExtension() {
        return legalClockExtension;
    }

    /** Stand-in for {@code stopNoticeDelegate} (service task issueStopNotice). */
    public RecordingDelegate stopNotice() {
        return stopNotice;
    }

    /** Stand-in for {@code stepDeadlines} (the step deadline timers and their service tasks, the consultation timers). */
    public StepDeadlinesStandIn stepDeadlines() {
        return stepDeadlines;
    }

    /** Stand-in for {@code routing} (the unit part of every candidate group of oneStopDossier). */
    public RoutingStandIn routing() {
        return routing;
    }

    Map<Object, Object> asBeans() {
        Map<Object, Object> beans = new HashMap<>();
        for (RecordingDelegate delegate : recordingDelegates()) {
            beans.put(delegate.beanName(), delegate);
        }
        beans.put(StepDeadlinesStandIn.BEAN, stepDeadlines);
        beans.put(RoutingStandIn.BEAN, routing);
        return beans;
    }

    void reset() {
        recordingDelegates().forEach(RecordingDelegate::reset);
        stepDeadlines.reset();
        routing.reset();
    }

    private List<RecordingDelegate> recordingDelegates() {
        return List.of(intakeReminder, resultPublication, supplementExpiry, paymentExpiry, consultationReminder,
                consultationDefault, legalClockExtension, stopNotice);
    }
}
