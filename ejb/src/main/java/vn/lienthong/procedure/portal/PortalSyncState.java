package vn.lienthong.procedure.portal;

/** Where one change stands on its way to the national portal. */
public enum PortalSyncState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The portal has the status and the step log entry. */
    SENT,
    /** The attempts are used up; an administrator re-drives it. Later changes of the dossier wait behind it. */
    FAILED
}
