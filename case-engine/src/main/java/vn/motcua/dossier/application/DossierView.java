package vn.motcua.dossier.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A dossier as pages and the API show it. Personal IDs are masked. {@code tracking} is what its applicant follows:
 * the public milestones with their dates and expected dates, and their next step.
 */
public record DossierView(String code, String procedureCode, String procedureName, int procedureVersion,
                          String receivingUnitCode, String receivingUnitName, String applicantName,
                          String maskedPersonalId, String channel, String status, int nationalStatus,
                          Instant submittedAt, Instant receivedAt, Instant dueAt, String timeliness,
                          Instant resultReadyAt, Instant returnedAt,
                          String resultName, Map<String, String> fields, List<HistoryView> history,
                          List<StepView> openSteps, Instant originalDueAt, String clockState,
                          List<ClockView> clock, List<ControlSheetRow> controlSheet,
                          List<ConsultationView> consultations, List<ComponentView> components,
                          List<NoteView> notes, PublicTimeline tracking) {

    /** A component received with the dossier: its form, its scan (a document id) and page count, the originals check. */
    public record ComponentView(int position, String name, String form, Long documentId, Integer pageCount,
                                String originalsCheckedBy) {
    }

    /** An internal note of an official (officials only). */
    public record NoteView(String author, String unitCode, Instant writtenAt, String body) {
    }

    /** A unit's opinion asked for by the specialist: its due time, and the answer (or the default when silent). */
    public record ConsultationView(String unitCode, String unitName, String question, String requestedBy,
                                   Instant requestedAt, Instant dueAt, String state, String answer, String answeredBy,
                                   Instant answeredAt) {
    }

    /** One event of the legal clock, for the timeline. */
    public record ClockView(String kind, Instant at, Instant extendedTo, String reason, String actor) {
    }

    /**
     * One row of the process control sheet (form 06): the step handed to a unit and role, when, its own due time,
     * who handed it on and when, and how it finished (EARLY, ON_TIME, LATE; null while open).
     */
    public record ControlSheetRow(String stepKey, String unitCode, String role, Instant openedAt, Instant dueAt,
                                  String holder, Instant finishedAt, String result) {
    }

    public record HistoryView(long id, String action, String fromStatus, String toStatus, String actor,
                              Instant occurredAt, String note) {
    }

    /** An open step; {@code outcomes} lists what the viewer may decide there (empty if the viewer cannot act). */
    public record StepView(String taskId, String stepKey, String unitCode, String role, String assignee,
                           List<String> outcomes, boolean claimable) {
    }

    /** An official a unit head may choose (to assign a step). */
    public record Official(String username, String displayName) {
    }
}
