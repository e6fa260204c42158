package vn.lienthong.procedure.handover;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;

import java.util.List;

/**
 * The hand-overs as administrators knew them before the one queue administration
 * ({@code /admin/queues}): by dossier code and step, with the refusal codes of that API
 * (docs/api.md), on the queue {@value HandOverSender#QUEUE}.
 */
@Stateless
public class HandOverQueue {

    @EJB
    OutboxService outbox;

    public List<QueuedItem> failures(int limit) {
        return outbox.failures(HandOverSender.QUEUE, limit);
    }

    public List<QueuedItem> of(String code) {
        return outbox.items(HandOverSender.QUEUE, code);
    }

    /** Puts a failed hand-over back in the queue with a fresh set of attempts. */
    public QueuedItem retry(String code, int step) {
        QueuedItem item = outbox.find(HandOverSender.QUEUE, code, step)
                .orElseThrow(() -> new UnknownHandOverException(code, step));
        if (item.state() != OutboxState.FAILED) {
            throw new HandOverNotFailedException(code, step, item.state());
        }
        return outbox.redrive(HandOverSender.QUEUE, item.id());
    }
}
