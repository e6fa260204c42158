package vn.lienthong.procedure.handover;

/** Where the hand-over of a step stands on its way to the owner's inbox. */
public enum HandOverState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The axis accepted the hand-over document. */
    SENT,
    /** The attempts are used up; an administrator re-drives it once the cause is removed. */
    FAILED
}
