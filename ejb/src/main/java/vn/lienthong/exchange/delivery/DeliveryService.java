package vn.lienthong.exchange.delivery;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.push.PushService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Puts a queued document into a recipient's inbox. */
@Stateless
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    /** How long a delivery may stay queued before the sweeper sends it again. */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    @Inject
    Clock clock;

    @Inject
    DeliveryRepository deliveries;

    @EJB
    PushService pushes;

    @Inject
    @ConfigProperty(name = "lienthong.node.name", defaultValue = "lienthong")
    String node;

    /**
     * Claims up to {@code limit} deliveries still queued well after their acceptance or their last
     * dispatch, for the sweeper to send again. A row is claimed by a conditional update, so of
     * several servers sweeping at once only one sends it in a round.
     */
    public List<DeliveryOrder> claimStale(int limit) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(STALE_AFTER);
        List<Delivery> candidates = em.createQuery("select d from Delivery d where d.state = :queued and "
                        + "((d.redispatch.lastDispatchAt is null and d.queuedAt < :cutoff) or d.redispatch.lastDispatchAt < :cutoff) "
                        + "order by d.id",
                        Delivery.class)
                .setParameter("queued", DeliveryState.QUEUED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
        List<DeliveryOrder> claimed = new ArrayList<>();
        for (Delivery d : candidates) {
            int updated = em.createQuery("update Delivery d set d.redispatch.lastDispatchAt = :now, "
                            + "d.redispatch.dispatchCount = d.redispatch.dispatchCount + 1 where d.id = :id and d.state = :queued and "
                            + "((d.redispatch.lastDispatchAt is null and d.queuedAt < :cutoff) or d.redispatch.lastDispatchAt < :cutoff)")
                    .setParameter("now", now)
                    .setParameter("id", d.id())
                    .setParameter("queued", DeliveryState.QUEUED)
                    .setParameter("cutoff", cutoff)
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(new DeliveryOrder(d.documentId(), d.recipient()));
            }
        }
        return claimed;
    }

    /**
     * Idempotent: a redelivered message finds the document already in the inbox and changes
     * nothing. A delivery the hub has no record of is an error, so the broker retries it and finally
     * moves it to the dead-letter queue, where an administrator sees it.
     */
    public void deliver(HubDocumentId document, AgencyCode recipient) {
        Delivery delivery = deliveries.find(document, recipient).orElseThrow(() -> new IllegalStateException(
                "No delivery of document " + document + " to " + recipient + " is recorded"));
        Instant now = clock.instant();
        if (delivery.deliver(now, node)) {
            pushes.queue(delivery);
            LOG.log(Level.FINE, "Document {0} delivered to the inbox of {1}", new Object[]{document, recipient});
        }
    }
}
