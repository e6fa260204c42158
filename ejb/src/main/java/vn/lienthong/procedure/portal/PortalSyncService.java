package vn.lienthong.procedure.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.platform.outbox.OutboxService;

import java.util.List;

/**
 * The portal queue (queue {@value PortalSender#QUEUE} of the one outbox) as its administration and the
 * reconciliation name it: changes by dossier and log number, with the national status each carries, and
 * the refusal codes of that administration ({@code UNKNOWN_PORTAL_SYNC}, {@code PORTAL_SYNC_NOT_FAILED}).
 */
@Stateless
public class PortalSyncService {

    @Inject
    AuditTrail audit;

    @EJB
    OutboxService outbox;

    public List<PortalSyncView> failures(int limit) {
        return outbox.failures(PortalSender.QUEUE, limit).stream().map(PortalSyncView::of).toList();
    }

    /** Puts a FAILED change back in the queue with a fresh set of attempts. */
    public PortalSyncView retry(String code, int seq) {
        return PortalSyncView.of(outbox.redrive(PortalSender.QUEUE, code, seq, () -> new UnknownPortalSyncException(code, seq),
                state -> new PortalSyncNotFailedException(code, seq, state)));
    }

    /** Every change of one dossier, in order. */
    public List<PortalSyncView> of(String code) {
        return outbox.items(PortalSender.QUEUE, code).stream().map(PortalSyncView::of).toList();
    }

    /** The latest change of each dossier, most recent first: it carries the status the portal should show. */
    public List<PortalSyncView> latestChanges(int limit) {
        return outbox.latest(PortalSender.QUEUE, limit).stream().map(PortalSyncView::of).toList();
    }

    /**
     * Sends a dossier's current status again: its FAILED changes and its latest change, when SENT, go
     * back in the queue; a latest change still pending is on its way already and is left alone.
     *
     * @return whether anything was queued
     */
    public boolean resend(String code) {
        if (outbox.items(PortalSender.QUEUE, code).isEmpty()) {
            throw new UnknownPortalSyncException(code, 0);
        }
        boolean queued = outbox.sendAgain(PortalSender.QUEUE, code);
        // In this transaction: the reconciliation that asks holds none of its own.
        audit.record("portal.resend", code, null, java.util.Map.of("queued", queued));
        return queued;
    }
}
