package vn.lienthong.procedure.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;

import java.time.Duration;

/**
 * Submits the queued hand-overs of dossier steps to the axis (queue {@value #QUEUE}: key the dossier's
 * code, number the step, payload the owning agency's code), at {@code lienthong.handover.interval} with
 * the backoff of {@code lienthong.handover.backoff}. The submission runs outside any transaction, as
 * the exchange's submission must; a refusal or an error is recorded with the hand-over.
 */
@ApplicationScoped
public class HandOverSender implements Sender {

    public static final String QUEUE = "handover";

    /** Items listed per round. */
    static final int BATCH = 20;
    /** Long enough for a submission to finish before another server may claim the same hand-over. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    StepHandOver handOver;

    @Inject
    HandOverSettings settings;

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public QueueSettings settings() {
        return QueueSettings.oneByOne(settings.interval(), settings.backoff(), LEASE, BATCH, false);
    }

    @Override
    public Outcome send(QueuedItem item) {
        try {
            handOver.handOver(item.key(), item.seqAsInt(), item.createdAt());
            return Outcome.SENT;
        } catch (RuntimeException e) {
            // Recorded with the hand-over (and logged by the relay), never lost: the cause is what operators need.
            throw new SendFailure(e instanceof BusinessException refusal ? refusal.code() + ": " + refusal.messageEn()
                    : e.toString(), e);
        }
    }

    @Override
    public String describe(QueuedItem item) {
        return "Hand-over of step " + item.seq() + " of dossier " + item.key() + " to " + item.payload().orElse("?");
    }
}
