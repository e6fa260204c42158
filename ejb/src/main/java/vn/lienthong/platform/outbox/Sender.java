package vn.lienthong.platform.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * The destination of one queue: a CDI bean per queue, found by {@link #queue()}. The relay claims
 * due items and hands each to {@link #send}, outside any transaction (a destination that takes its
 * full timeout must not hold one); what it answers is recorded by the claim's holder only.
 */
public interface Sender {

    /** What became of an attempt that threw nothing. */
    enum Outcome {
        /** The destination took the item. */
        SENT,
        /** The item need not be sent any more (what it announced went away): it leaves the queue. */
        NOT_NEEDED
    }

    /** The queue's name, as its items and the administration API know it ({@code portal-sync}). */
    String queue();

    /** How this server sends the queue; read once, at start. */
    QueueSettings settings();

    /** Why this server does not send the queue now (the portal's URL is not set); its items wait meanwhile. */
    default Optional<String> off() {
        return Optional.empty();
    }

    /**
     * Makes one attempt.
     *
     * @throws SendFailure (or any runtime exception) when the destination did not take the item: recorded
     *                     with it, and tried again after the next delay of the queue's backoff
     */
    Outcome send(QueuedItem item);

    /**
     * What else a sent item changes, in the transaction that records it sent (by the claim's holder
     * only): a pushed delivery counts as fetched.
     */
    default void sent(QueuedItem item, Instant at) {
    }

    /** The item in a log line: "push of document … to …". */
    String describe(QueuedItem item);
}
