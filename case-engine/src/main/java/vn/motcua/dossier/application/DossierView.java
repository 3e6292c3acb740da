package vn.motcua.dossier.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A dossier as pages and the API show it. Personal IDs are masked. */
public record DossierView(String code, String procedureCode, String procedureName, int procedureVersion,
                          String receivingUnitCode, String receivingUnitName, String applicantName,
                          String maskedPersonalId, String channel, String status, int nationalStatus,
                          Instant submittedAt, Instant receivedAt, Instant dueAt, String timeliness,
                          Instant resultReadyAt, Instant returnedAt,
                          String resultName, Map<String, String> fields, List<HistoryView> history,
                          List<StepView> openSteps) {

    public record HistoryView(long id, String action, String fromStatus, String toStatus, String actor,
                              Instant occurredAt, String note) {
    }

    /** An open step; {@code outcomes} lists what the viewer may decide there (empty if the viewer cannot act). */
    public record StepView(String taskId, String stepKey, String unitCode, String role, String assignee,
                           List<String> outcomes, boolean claimable) {
    }
}
