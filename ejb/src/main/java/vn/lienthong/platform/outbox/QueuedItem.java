package vn.lienthong.platform.outbox;

import java.time.Instant;
import java.util.Optional;

/** One queued item as senders, services and administrators see it ({@link OutboxItem}). */
public record QueuedItem(long id, String queue, String key, long seq, Optional<String> payload, OutboxState state,
                         int attempts, Instant nextAttemptAt, Optional<Instant> lastAttemptAt, Optional<String> lastError,
                         Instant createdAt, Optional<Instant> sentAt) {

    public static QueuedItem of(OutboxItem item) {
        return new QueuedItem(item.id(), item.queue(), item.key(), item.seq(), item.payload(), item.state(), item.attempts(),
                item.nextAttemptAt(), item.lastAttemptAt(), item.lastError(), item.createdAt(), item.sentAt());
    }

    /** The number within the key as the queues that count in {@code int} know it (log numbers, steps). */
    public int seqAsInt() {
        return Math.toIntExact(seq);
    }
}
