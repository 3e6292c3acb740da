package vn.motcua.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Engine settings from MicroProfile Config (environment variables such as {@code MOTCUA_NODE_ID} map to
 * {@code motcua.node.id}). Checked when the engine starts; a bad value stops start-up with its name.
 */
@ApplicationScoped
public class WorkflowSettings {

    @Inject
    @ConfigProperty(name = "motcua.node.id")
    Optional<String> nodeId;

    @Inject
    @ConfigProperty(name = "motcua.workflow.async-executor", defaultValue = "true")
    boolean asyncExecutorEnabled;

    @Inject
    @ConfigProperty(name = "motcua.workflow.global-acquire-lock", defaultValue = "false")
    boolean globalAcquireLock;

    @Inject
    @ConfigProperty(name = "motcua.workflow.job-lock-seconds", defaultValue = "60")
    int jobLockSeconds;

    @Inject
    @ConfigProperty(name = "motcua.workflow.failed-job-wait-seconds", defaultValue = "10")
    int failedJobWaitSeconds;

    @Inject
    @ConfigProperty(name = "motcua.workflow.acquire-wait-millis", defaultValue = "2000")
    int acquireWaitMillis;

    @Inject
    @ConfigProperty(name = "motcua.intake.reminder-after", defaultValue = "PT2H")
    String intakeReminderAfter;

    /** A stable name for this node's job locks: {@code MOTCUA_NODE_ID}, or the host name. */
    public String lockOwner() {
        return nodeId.filter(s -> !s.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "motcua-node";
            }
        });
    }

    public boolean asyncExecutorEnabled() {
        return asyncExecutorEnabled;
    }

    public boolean globalAcquireLock() {
        return globalAcquireLock;
    }

    public int jobLockMillis() {
        return positive("motcua.workflow.job-lock-seconds", jobLockSeconds) * 1000;
    }

    public int failedJobWaitSeconds() {
        return positive("motcua.workflow.failed-job-wait-seconds", failedJobWaitSeconds);
    }

    public int acquireWaitMillis() {
        return positive("motcua.workflow.acquire-wait-millis", acquireWaitMillis);
    }

    public String intakeReminderAfter() {
        try {
            java.time.Duration.parse(intakeReminderAfter);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("motcua.intake.reminder-after must be an ISO-8601 duration, e.g. PT2H");
        }
        return intakeReminderAfter;
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalStateException(name + " must be positive, was " + value);
        }
        return value;
    }
}
