package vn.motcua.workflow.models;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Stand-in for a production delegate bean: records the {@code dossierId} of every execution it is called for and, when told to,
 * fails after recording so that tests can observe the engine's retry and dead-letter handling.
 */
public final class RecordingDelegate implements JavaDelegate {

    private final String beanName;
    private final List<Long> calledFor = new CopyOnWriteArrayList<>();
    private volatile String failureMessage;

    RecordingDelegate(String beanName) {
        this.beanName = beanName;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calledFor.add((Long) execution.getVariable("dossierId"));
        String message = failureMessage;
        if (message != null) {
            throw new SimulatedFailure(message);
        }
    }

    /** The dossier ids this delegate was called for, in call order (failed calls included). */
    public List<Long> calledFor() {
        return List.copyOf(calledFor);
    }

    /** Every following call throws a {@link SimulatedFailure} with the given message. */
    public void failWith(String message) {
        failureMessage = message;
    }

    /** Following calls succeed again. */
    public void succeed() {
        failureMessage = null;
    }

    void reset() {
        calledFor.clear();
        failureMessage = null;
    }

    @Override
    public String toString() {
        return "stand-in " + beanName;
    }
}
