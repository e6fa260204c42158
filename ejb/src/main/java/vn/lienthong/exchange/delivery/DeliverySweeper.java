package vn.lienthong.exchange.delivery;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Dispatches again the deliveries still queued well after their last dispatch: those whose node
 * died between commit and send, or whose send failed while the broker was away. Every server of a
 * cluster sweeps; a conditional claim on each row keeps two servers from sending the same delivery
 * in the same round.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliverySweeper {

    private static final Logger LOG = Logger.getLogger(DeliverySweeper.class.getName());
    static final int BATCH = 500;

    @EJB
    DeliveryService deliveries;

    @Inject
    DeliveryRelay relay;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "delivery sweeper")
    void sweep() {
        List<DeliveryOrder> stale = deliveries.claimStale(BATCH);
        if (stale.isEmpty()) {
            return;
        }
        int sent = 0;
        for (DeliveryOrder order : stale) {
            if (relay.relay(order.document(), List.of(order.recipient()))) {
                sent++;
            } else {
                break; // the broker is away; the next round tries again
            }
        }
        LOG.log(Level.INFO, "Dispatched again {0} of {1} deliveries that were still queued", new Object[]{sent, stale.size()});
    }
}
