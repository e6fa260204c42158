package vn.lienthong.web.rest.procedure.feedback;

import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** A publication on its way to the national portal, as administrators see it. */
public record FeedbackSyncJson(String feedbackCode, int seq, String state, int attempts, OffsetDateTime nextAttemptAt,
                               String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {

    static FeedbackSyncJson of(QueuedItem s) {
        return new FeedbackSyncJson(s.key(), s.seqAsInt(), s.state().name(), s.attempts(),
                Times.local(s.nextAttemptAt()), s.lastError().orElse(null), Times.local(s.createdAt()),
                s.sentAt().map(Times::local).orElse(null));
    }
}
