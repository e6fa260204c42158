package vn.lienthong.exchange.push;

import vn.lienthong.platform.outbox.OutboxState;

/**
 * Where a push of one delivery to the recipient's endpoint stands, by the names the push API has
 * always answered ({@code "pushState"}): the states of its item in the outbox's queue {@code push}.
 */
public enum PushState {
    /** Waiting for its next attempt (the first one, or a retry after a failure). */
    PENDING,
    /** The recipient's endpoint answered 2xx: the delivery counts as fetched. */
    PUSHED,
    /** Every attempt of the backoff schedule failed (the item is FAILED); an administrator may re-drive it. */
    DEAD,
    /** Not pushed after all: the recipient fetched it by pull first, or removed its endpoint. */
    CANCELLED;

    static PushState of(OutboxState state) {
        return switch (state) {
            case PENDING -> PENDING;
            case SENT -> PUSHED;
            case FAILED -> DEAD;
            case CANCELLED -> CANCELLED;
        };
    }
}
