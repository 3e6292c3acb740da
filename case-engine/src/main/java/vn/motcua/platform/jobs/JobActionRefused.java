package vn.motcua.platform.jobs;

/** An administrator's action on a job that cannot be done now, with the reason a page turns into a message. */
public class JobActionRefused extends RuntimeException {

    public enum Reason {
        UNKNOWN_JOB, DISABLED, PAUSED, RUNNING
    }

    private final Reason reason;

    public JobActionRefused(Reason reason, String jobName) {
        super("job " + jobName + ": " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
