package vn.motcua.dossier.application;

/** What an official decides when completing a step. Which outcomes a step allows is fixed per step. */
public enum StepOutcome {
    ACCEPT, REFUSE, SUBMIT_DRAFT, APPROVE, RETURN_FOR_REWORK, ISSUE, HAND_OVER;

    /** Outcomes that must carry a reason (DESIGN.md: refuse, return, supplement, stop, apology). */
    public boolean needsReason() {
        return this == REFUSE || this == RETURN_FOR_REWORK;
    }
}
