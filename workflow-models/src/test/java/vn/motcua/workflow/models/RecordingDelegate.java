package vn.motcua.workflow.models;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Stand-in for a production delegate bean: records the {@code dossierId} of every execution it is called for (and, for
 * tests that need more, the activity and the variables the execution saw) and, when told to, fails after recording so
 * that tests can observe the engine's retry and dead-letter handling.
 */
public final class RecordingDelegate implements JavaDelegate {

    /** One call: the service task that called, and the variables visible to it (local ones included) at that moment. */
    public record Call(String activityId, Map<String, Object> variables) {

        public Object variable(String name) {
            return variables.get(name);
        }
    }

    private final String beanName;
    private final List<Long> calledFor = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile String failureMessage;

    RecordingDelegate(String beanName) {
        this.beanName = beanName;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calledFor.add((Long) execution.getVariable("dossierId"));
        calls.add(new Call(execution.getCurrentActivityId(), Collections.unmodifiableMap(new HashMap<>(execution.getVariables()))));
        String message = failureMessage;
        if (message != null) {
            throw new SimulatedFailure(message);
        }
    }

    /** The dossier ids this delegate was called for, in call order (failed calls included). */
    public List<Long> calledFor() {
        return List.copyOf(calledFor);
    }

    /** The calls, in call order (failed calls included). */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every following call throws a {@link SimulatedFailure} with the given message. */
    public void failWith(String message) {
        failureMessage = message;
    }

    /** Following calls succeed again. */
    public void succeed() {
        failureMessage = null;
    }

    String beanName() {
        return beanName;
    }

    void reset() {
        calledFor.clear();
        calls.clear();
        failureMessage = null;
    }

    @Override
    public String toString() {
        return "stand-in " + beanName;
    }
}
