package vn.motcua.dossier.application;

import java.time.Instant;

/** A row of an official's worklist. */
public record WorkItemView(String taskId, String stepKey, String dossierCode, String procedureName,
                           String applicantName, String status, String assignee, Instant createdAt) {
}
