package vn.lienthong.exchange.push;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.evidence.log.EvidenceEvent;
import vn.lienthong.evidence.log.EvidenceKind;
import vn.lienthong.evidence.log.EvidenceLog;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.PackageLocation;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.platform.crypto.SecretSealing;
import vn.lienthong.platform.crypto.UnreadableSecretException;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.paging.Slice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The push side of delivery, on the outbox's queue {@value PushSender#QUEUE}: a delivery to a
 * recipient with an endpoint is queued when it reaches the inbox, withdrawn when the recipient pulls
 * it first, the sender revokes it or the endpoint goes; what a push needs; and the dead-letter list
 * administrators work from (the queue's FAILED items, under the names the push API always had).
 */
@Stateless
public class PushService {

    private static final Logger LOG = Logger.getLogger(PushService.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @EJB
    OutboxService outbox;

    @EJB
    SecretSealing sealing;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EvidenceLog evidence;

    /** Queues the push of a delivery just put in the inbox, when its recipient has an endpoint. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(Delivery d) {
        if (em.find(PushEndpoint.class, d.recipient().value()) != null) {
            outbox.enqueue(PushSender.QUEUE, d.recipient().value(), d.id(), d.documentId().value());
        }
    }

    /** The delivery is fetched or revoked: its push, pending or dead, is not needed any more. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void withdraw(Delivery d) {
        outbox.cancel(PushSender.QUEUE, d.recipient().value(), d.id());
    }

    /** The recipient removed its endpoint: what waited for a push waits for pull only. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int withdrawAll(AgencyCode recipient) {
        return outbox.cancel(PushSender.QUEUE, recipient.value());
    }

    /**
     * What pushing a delivery takes: empty when it need not be pushed any more (fetched, revoked) or
     * its recipient's endpoint is gone.
     */
    public Optional<PushOrder> order(long deliveryId) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d == null || d.state() != DeliveryState.DELIVERED) {
            return Optional.empty();
        }
        PushEndpoint endpoint = em.find(PushEndpoint.class, d.recipient().value());
        if (endpoint == null) {
            return Optional.empty();
        }
        Document document = em.find(Document.class, d.documentId().value());
        if (document.packageLocation() == PackageLocation.PURGED) {
            return Optional.empty(); // purged under a retention rule: there is nothing left to push
        }
        try {
            Optional<String> secret = endpoint.sealedSecret()
                    .map(sealed -> sealing.open(sealed, PushEndpoint.sealingContext(endpoint.agency())));
            return Optional.of(new PushOrder(d.documentId(), document.sender(), document.sizeBytes(), document.sha256(),
                    document.packageLocation(),                     new PushTarget(endpoint.url(), endpoint.user(), secret), Optional.empty()));
        } catch (UnreadableSecretException e) {
            // Without its secret the endpoint is not called at all: no credential in the target then.
            return Optional.of(new PushOrder(d.documentId(), document.sender(), document.sizeBytes(), document.sha256(),
                    document.packageLocation(),                     new PushTarget(endpoint.url(), Optional.empty(), Optional.empty()),
                    Optional.of("The endpoint's secret cannot be opened on this server: " + e.getMessage())));
        }
    }

    /** The recipient's endpoint took the package, in the transaction recording the push: it counts as fetched. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void pushed(long deliveryId, Instant at) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d != null && d.state() != DeliveryState.FETCHED && d.state() != DeliveryState.REVOKED) {
            d.confirmFetched(at);
            evidence.append(EvidenceEvent.of(EvidenceKind.FETCHED, d.documentId().value(), d.recipient(), "push"));
            LOG.log(Level.FINE, "Document {0} pushed to {1}", new Object[]{d.documentId(), d.recipient()});
        }
    }

    /** The dead-letter list, oldest delivery first, optionally for one recipient. */
    public Slice<DeadPush> deadLetters(Optional<AgencyCode> recipient, Optional<Long> after, int limit) {
        List<QueuedItem> found = outbox.failuresInOrder(PushSender.QUEUE, recipient.map(AgencyCode::value), after, limit + 1);
        boolean more = found.size() > limit;
        List<QueuedItem> page = more ? found.subList(0, limit) : found;
        return new Slice<>(page.stream().map(item -> DeadPush.of(item, em.find(Delivery.class, item.seq()))).toList(),
                more ? Optional.of(Long.toString(page.get(page.size() - 1).seq())) : Optional.empty());
    }

    /** Sends one dead push again; the document's delivery must exist. @return the push's state now */
    public PushState redrive(HubDocumentId document, AgencyCode recipient) {
        Delivery d = deliveries.find(document, recipient).orElseThrow(() -> new UnknownDocumentException(document.value()));
        QueuedItem push = outbox.find(PushSender.QUEUE, recipient.value(), d.id())
                .orElseThrow(() -> new NotPushedException(document, recipient));
        if (push.state() != OutboxState.FAILED) {
            return PushState.of(push.state());
        }
        LOG.log(Level.INFO, "Push of document {0} to {1} re-driven by an administrator", new Object[]{document, recipient});
        return PushState.of(outbox.redrive(PushSender.QUEUE, push.id()).state());
    }

    /** Sends every dead push again, optionally only those for one recipient. */
    public int redriveAll(Optional<AgencyCode> recipient) {
        int count = outbox.redriveAll(PushSender.QUEUE, recipient.map(AgencyCode::value));
        LOG.log(Level.INFO, "{0} dead pushes re-driven by an administrator", count);
        return count;
    }
}
