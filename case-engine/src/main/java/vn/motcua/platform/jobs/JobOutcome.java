package vn.motcua.platform.jobs;

/** How a run ended. */
public enum JobOutcome {
    SUCCEEDED,
    FAILED,
    /** The node running it stopped before finishing; its lock expired and another run took over the occurrence. */
    ABANDONED
}
