package vn.motcua.dossier.application;

/**
 * What an official decides when completing a step. Which outcomes a step allows depends on the routing model and
 * the step (and, for the leader of a chain's level, on whether that level decides).
 */
public enum StepOutcome {
    ACCEPT, REFUSE, REQUEST_SUPPLEMENT, ASSIGN, SUBMIT_DRAFT, PROPOSE_REFUSAL, CONSULT, ENDORSE, APPROVE, FORWARD,
    RETURN_FOR_REWORK, ISSUE, ANSWER, SIGN_APOLOGY, DECLINE_APOLOGY, HAND_OVER, SEND_BY_POST, DELIVER_ONLINE;

    /**
     * Outcomes that must carry a reason (DESIGN.md: refuse, return, supplement, stop, apology), or the text they
     * send: the list of what to supplement, the question to consulted units, a consulted unit's opinion, the
     * tracking number of a result sent by post.
     */
    public boolean needsReason() {
        return this == REFUSE || this == RETURN_FOR_REWORK || this == REQUEST_SUPPLEMENT || this == PROPOSE_REFUSAL
                || this == CONSULT || this == ANSWER || this == SEND_BY_POST;
    }

    /** Outcomes that sign the dossier's result in the leader's name (the leader re-confirms who they are). */
    public boolean signs() {
        return this == APPROVE;
    }
}
