package vn.motcua.notification.domain;

/** What an inbox notice tells an official. */
public enum InboxKind {
    /** A step waits for the official's unit and role (or for the official). */
    NEW_TASK,
    /** A step's due date is near. */
    DUE_SOON,
    /** A step is past its due date. */
    OVERDUE,
    /** A step of the official's unit (or of a unit they supervise) is overdue: escalated to them. */
    ESCALATED,
    /** A leader sent the official's draft back for rework. */
    RETURNED_TO_YOU,
    /** Anything else worth an official's attention. */
    OTHER
}
