package vn.lienthong.platform.outbox;

/**
 * The destination did not take an item, for a reason worth recording with it (an HTTP status, a
 * timeout, a refusal): the relay records the message as the item's last error and retries on the
 * queue's backoff. Any other exception a sender throws is recorded the same way.
 */
public class SendFailure extends RuntimeException {

    public SendFailure(String message) {
        super(message);
    }

    public SendFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
