package vn.lienthong.platform.outbox;

/** Where one queued item stands, whatever its queue. */
public enum OutboxState {
    /** Waiting for its (next) attempt, or in flight under a lease. */
    PENDING,
    /** The destination took it. */
    SENT,
    /** Its attempts are used up; it waits for an administrator's re-drive. */
    FAILED,
    /** Not to be sent after all: what it was for went away (a push whose document was pulled first). */
    CANCELLED
}
