package vn.lienthong.exchange.push;

/** Where a push of one delivery to the recipient's endpoint stands. */
public enum PushState {
    /** Waiting for its next attempt (the first one, or a retry after a failure). */
    PENDING,
    /** The recipient's endpoint answered 2xx: the delivery counts as fetched. */
    PUSHED,
    /** Every attempt of the backoff schedule failed; an administrator may re-drive it. */
    DEAD,
    /** Not pushed after all: the recipient fetched it by pull first, or removed its endpoint. */
    CANCELLED
}
