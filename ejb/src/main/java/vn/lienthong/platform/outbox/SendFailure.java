package vn.lienthong.platform.outbox;

/**
 * The destination did not take an item, for a reason worth recording with it (an HTTP status, a
 * timeout, a refusal): the relay records the message as the item's last error and retries on the
 * queue's backoff. Any other exception a sender throws is recorded the same way. A destination that
 * answered that it will never take the item ({@link #refused}) is not asked again: the item is
 * FAILED at once, for an administrator to re-drive once the cause is mended.
 */
public class SendFailure extends RuntimeException {

    private final boolean refused;

    public SendFailure(String message) {
        this(message, null, false);
    }

    public SendFailure(String message, Throwable cause) {
        this(message, cause, false);
    }

    private SendFailure(String message, Throwable cause, boolean refused) {
        super(message, cause);
        this.refused = refused;
    }

    /** The destination refused the item for good (a peer hub's 4xx problem): retrying would send the same refusal. */
    public static SendFailure refused(String message) {
        return new SendFailure(message, null, true);
    }

    public boolean refused() {
        return refused;
    }
}
