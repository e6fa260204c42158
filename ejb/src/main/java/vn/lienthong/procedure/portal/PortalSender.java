package vn.lienthong.procedure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.platform.outbox.QueuedItem;

/**
 * Sends dossier changes to the national portal (queue {@value #QUEUE}: key the dossier's code, number
 * its log entry, payload the record taken at the change, {@link PortalPayload}). An ordered queue: the
 * portal sees a dossier's statuses in the order they happened, and a later change waits behind an
 * earlier one that is pending or FAILED.
 */
@ApplicationScoped
public class PortalSender extends PortalQueueSender {

    public static final String QUEUE = "portal-sync";

    /** Changes listed per round. */
    static final int BATCH = 50;

    public PortalSender() {
        // One change makes up to five calls: log-in, look-up, create or update, step log.
        super(QUEUE, 5, BATCH, true, PortalClient::send);
    }

    @Override
    public String describe(QueuedItem item) {
        return "Change " + item.seq() + " of dossier " + item.key();
    }
}
