package vn.lienthong.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves committed deliveries to the broker. It runs after the document's transaction has
 * committed, outside any transaction: the delivery rows are the outbox, so a failed or lost send
 * is repaired by {@link DeliverySweeper}, and the idempotent consumer absorbs any duplicate. This
 * replaces a two-phase commit between database and broker, whose in-doubt transactions a crashed
 * node would otherwise leave behind (docs/reliability.md).
 */
@ApplicationScoped
public class DeliveryRelay {

    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class.getName());

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    BrokerAvailability broker;

    /** @return whether the broker took the messages; false leaves them to the sweeper */
    public boolean relay(HubDocumentId document, List<AgencyCode> recipients) {
        try {
            dispatcher.dispatch(document, recipients);
            return true;
        } catch (RuntimeException e) {
            broker.failed(e);
            LOG.log(Level.FINE, "Delivery of {0} left to the sweeper: {1}", new Object[]{document, e.getMessage()});
            return false;
        }
    }
}
