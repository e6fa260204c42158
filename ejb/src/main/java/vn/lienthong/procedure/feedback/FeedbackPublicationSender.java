package vn.lienthong.procedure.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.procedure.portal.PortalClient;
import vn.lienthong.procedure.portal.PortalQueueSender;

/**
 * Publishes answers on the national portal (queue {@value #QUEUE}: key the feedback's code, number
 * the log entry of its publication, payload the record taken at publication, without personal data).
 * With the portal's client, interval and backoff, as the dossier changes; a queue of its own, so that
 * a long queue of dossier changes does not hold answers back.
 */
@ApplicationScoped
public class FeedbackPublicationSender extends PortalQueueSender {

    public static final String QUEUE = "feedback-publication";

    /** Items listed per round. */
    static final int BATCH = 20;

    public FeedbackPublicationSender() {
        // One publication makes up to three calls: log-in, create, update.
        super(QUEUE, 3, BATCH, false, PortalClient::publishFeedback);
    }

    @Override
    public String describe(QueuedItem item) {
        return "Publication of feedback " + item.key();
    }
}
