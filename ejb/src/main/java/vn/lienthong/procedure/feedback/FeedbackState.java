package vn.lienthong.procedure.feedback;

/** Where a piece of citizen feedback stands. */
public enum FeedbackState {
    /** Received; no agency is responsible yet, an administrator routes it. */
    SUBMITTED,
    /** With the responsible agency, waiting for its answer. */
    ROUTED,
    /** Answered; the agency has not published the answer yet. */
    ANSWERED,
    /** Question and answer are public (without personal data) and on their way to the portal. */
    PUBLISHED
}
