package vn.motcua.workflow.models;

/**
 * The failure a {@link RecordingDelegate} throws when told to. It carries no stack trace: the engine logs failed jobs,
 * and the frames of a simulated failure would only bury the test output.
 */
public final class SimulatedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulatedFailure(String message) {
        super(message, null, false, false);
    }
}
