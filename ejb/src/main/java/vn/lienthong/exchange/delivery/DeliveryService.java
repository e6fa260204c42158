package vn.lienthong.exchange.delivery;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.evidence.log.EvidenceEvent;
import vn.lienthong.evidence.log.EvidenceKind;
import vn.lienthong.evidence.log.EvidenceLog;
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

    /** How long a delivery may stay queued before the sweeper sends it again. */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    @Inject
    Clock clock;

    @Inject
    DeliveryRepository deliveries;

    @EJB
    PushService pushes;

    @Inject
    EvidenceLog evidence;

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
        List<DeliveryOrder> claimed = new ArrayList<>();
        for (Delivery d : deliveries.stale(cutoff, limit)) {
            if (deliveries.claimStale(d.id(), now, cutoff)) {
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
            evidence.append(EvidenceEvent.of(EvidenceKind.DELIVERED, document.value(), recipient, null));
            LOG.log(Level.FINE, "Document {0} delivered to the inbox of {1}", new Object[]{document, recipient});
        }
    }
}
