package vn.motcua.workflow.worklist;

import java.time.Instant;

/**
 * A row of a worklist page with what the viewer may do on it.
 *
 * @param dueAt      the step's own due time from the control sheet, else the dossier's
 * @param timeliness a {@link vn.motcua.calendar.Timeliness} name: WITHIN_TIME, DUE_SOON, OVERDUE or NO_DUE_DATE
 */
public record WorklistRow(String taskId, String stepKey, String dossierCode, String procedureCode,
                          String procedureName, String applicantName, String unitCode, String role, String assignee,
                          Instant receivedAt, Instant createdAt, Instant dueAt, String timeliness,
                          boolean mayClaim, boolean mayRelease, boolean mayAssign, boolean mayReassign,
                          boolean mayReturn, boolean mayRecall) {
}
