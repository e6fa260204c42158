package vn.lienthong.procedure.feedback;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;

import java.util.List;

/**
 * The publications of answers as administrators knew them before the one queue administration
 * ({@code /admin/queues}): by feedback code and number, with the refusal codes of that API
 * (docs/api.md), on the queue {@value FeedbackPublicationSender#QUEUE}.
 */
@Stateless
public class FeedbackPublications {

    @EJB
    OutboxService outbox;

    public List<QueuedItem> failures(int limit) {
        return outbox.failures(FeedbackPublicationSender.QUEUE, limit);
    }

    public List<QueuedItem> of(String code) {
        return outbox.items(FeedbackPublicationSender.QUEUE, code);
    }

    /** Puts a failed publication back in the queue with a fresh set of attempts. */
    public QueuedItem retry(String code, int seq) {
        QueuedItem item = outbox.find(FeedbackPublicationSender.QUEUE, code, seq)
                .orElseThrow(() -> new UnknownFeedbackSyncException(code, seq));
        if (item.state() != OutboxState.FAILED) {
            throw new FeedbackSyncNotFailedException(code, seq, item.state());
        }
        return outbox.redrive(FeedbackPublicationSender.QUEUE, item.id());
    }
}
