package vn.motcua.dossier.application;

import java.time.Instant;
import java.util.List;

/**
 * What an applicant (or, after the public lookup, anyone holding the code and second factor) sees of a dossier's
 * progress: its public milestones with their dates, the appointment, and the applicant's next step. No personal data
 * beyond the masked applicant name; no official's name.
 *
 * @param milestones the public milestones in order; the last ones may be expected (a date to come, no date done)
 * @param nextStep   what the applicant has to do or wait for now
 */
public record PublicTimeline(String code, String procedureName, String maskedApplicantName, String status,
                             int nationalStatus, String receivingUnitName, Instant dueAt,
                             List<Milestone> milestones, NextStep nextStep) {

    public PublicTimeline {
        milestones = List.copyOf(milestones);
    }

    /**
     * One public milestone.
     *
     * @param kind       SUBMITTED, ACCEPTED, REFUSED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, FEE_REQUESTED, FEE_PAID,
     *                   PROCESSING, FORWARDED, RESULT_READY, RETURNED, WITHDRAWN, STOPPED, EXTENDED, or DUE (the
     *                   appointment still to come)
     * @param at         when it happened; null for a milestone expected later
     * @param expectedAt the date that goes with it: the appointment, the supplement deadline, the new appointment
     * @param unitName   the unit concerned, for processing and forwarding
     */
    public record Milestone(String kind, Instant at, Instant expectedAt, String unitName) {
    }

    /**
     * The applicant's next step.
     *
     * @param kind  WAIT_INTAKE, SUPPLEMENT, PAY_FEE, WAIT_PROCESSING, COLLECT_RESULT, RATE, NONE
     * @param by    the deadline of the step (the supplement deadline) or the appointment while waiting
     * @param place where the dossier is (the unit processing it) or where to collect the result
     */
    public record NextStep(String kind, Instant by, String place) {
    }
}
