package vn.lienthong.alert.condition;

import vn.lienthong.procedure.feedback.FeedbackPublicationSender;
import vn.lienthong.procedure.portal.PortalSender;

import java.util.List;

/** The durable queues whose items go to the national portal: dossier changes and feedback publications. */
final class PortalQueues {

    static final List<String> NAMES = List.of(PortalSender.QUEUE, FeedbackPublicationSender.QUEUE);

    private PortalQueues() {
    }
}
