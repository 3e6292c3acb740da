package vn.motcua.statistics.export;

import java.time.Instant;

/**
 * A request for an export built in the background, as its requester sees it on "my exports".
 *
 * @param state    QUEUED, RUNNING, DONE or FAILED
 * @param progress 0–100
 * @param message  why it failed, or null
 */
public record ExportRequest(long id, String requestedBy, Instant requestedAt, ExportSpec spec, State state,
                            int progress, Instant finishedAt, String fileName, Long fileSize, String message) {

    /** Where a background export stands. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    public boolean downloadable() {
        return state == State.DONE;
    }
}
