package vn.motcua.dossier.application;

import java.time.Instant;

/** A row of an official's worklist; {@code timeliness} is a {@link vn.motcua.calendar.Timeliness} name. */
public record WorkItemView(String taskId, String stepKey, String dossierCode, String procedureName,
                           String applicantName, String status, String assignee, Instant createdAt, Instant dueAt,
                           String timeliness) {
}
