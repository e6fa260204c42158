package vn.lienthong.web.rest.queue;

import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** One queued item as administrators see it (its payload stays inside: it may be a whole portal record). */
public record QueuedItemJson(long id, String queue, String key, long seq, String state, int attempts,
                             OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, String lastError,
                             OffsetDateTime createdAt, OffsetDateTime sentAt) {

    static QueuedItemJson of(QueuedItem i) {
        return new QueuedItemJson(i.id(), i.queue(), i.key(), i.seq(), i.state().name(), i.attempts(),
                Times.local(i.nextAttemptAt()), i.lastAttemptAt().map(Times::local).orElse(null),
                i.lastError().orElse(null), Times.local(i.createdAt()), i.sentAt().map(Times::local).orElse(null));
    }
}
