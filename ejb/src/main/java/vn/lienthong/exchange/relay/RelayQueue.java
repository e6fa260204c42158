package vn.lienthong.exchange.relay;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.federation.FederationSettings;
import vn.lienthong.directory.federation.HubIdentity;
import vn.lienthong.directory.federation.Upstream;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.edxml.TraceHeader;
import vn.lienthong.platform.outbox.OutboxItem;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.time.HubClock;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The relay queue's bookkeeping (queue {@value #QUEUE} of the one outbox: key the peer's hub code,
 * number the id of the document's first delivery held by that peer, payload the document's id):
 * one item per (document, peer), written in the transaction that accepts the document; and one per
 * (status, peer), written in the transaction that records the status ({@link StatusRelayItem}, a
 * negative number); what {@link RelaySender} needs for an attempt; and where a relay stands for the
 * sent view.
 */
@Stateless
public class RelayQueue {

    public static final String QUEUE = "relay";

    @EJB
    OutboxService outbox;

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @EJB
    PeerAdministration peers;

    @Inject
    FederationSettings federation;

    @Inject
    HubIdentity hub;

    /**
     * Queues the relay of {@code document} to {@code peer}, in the caller's (accepting) transaction.
     *
     * <p>A revoke, update or replace ({@code actsOn}: the earlier document it names, as this hub has
     * it) must not reach the peer before that document: the peer would refuse it for good
     * ({@code UNKNOWN_DOCUMENT}, a 4xx, so FAILED at once), and that happens whenever the earlier
     * relay is still waiting out an outage or a retry, or is in flight beside it. So its item waits for
     * the earlier document's relay item to the same peer ({@link OutboxItem#mayGoAfter}): it is not
     * due while that one is PENDING or FAILED. Only that pair is ordered; the queue, keyed by
     * peer, stays unordered, so one slow or refused document holds back nothing else. (The
     * alternative, the receiving hop answering a retriable refusal for an earlier document it does
     * not know yet, would spend the sender's backoff on waiting and end FAILED after a long outage;
     * and an agency's own revoke of a document the hub never had must stay a plain refusal.) When the
     * earlier document was never relayed to this peer there is nothing to wait for, and the peer
     * judges the package as it would any other.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(HubDocumentId document, AgencyCode peer, long firstDelivery, Optional<HubDocumentId> actsOn) {
        Optional<Long> waitsFor = actsOn.flatMap(earlier -> relayItem(earlier, peer)).map(QueuedItem::id);
        outbox.enqueue(QUEUE, peer.value(), firstDelivery, document.value(), waitsFor);
    }

    /** The item that relays {@code document} to {@code peer}, if one was queued (numbered by a delivery held by the peer). */
    private Optional<QueuedItem> relayItem(HubDocumentId document, AgencyCode peer) {
        return deliveries.ofDocument(document).stream()
                .filter(d -> d.heldBy().filter(peer::equals).isPresent())
                .map(d -> outbox.find(QUEUE, peer.value(), d.id()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Queues the relay of a status recorded here to {@code peer} ({@link StatusRouting}), in the
     * caller's (recording) transaction. A take-back request (13) goes the way the document went, so,
     * like a revoke, it waits for the document's relay item to that peer: the peer would refuse a
     * status about a document it does not have yet ({@code UNKNOWN_DOCUMENT}) for good. A status going
     * back to the hub the document came from has nothing to wait for.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueueStatus(StatusRelayItem status, AgencyCode peer) {
        Optional<Long> waitsFor = relayItem(status.document(), peer).map(QueuedItem::id);
        outbox.enqueue(QUEUE, peer.value(), status.seq(), status.payload(), waitsFor);
    }

    /**
     * What a status relay's attempt sends: empty when the document went away. Going back to the hub
     * the document came from, the status is served for the document's sender; going down (a
     * take-back request), for the recipients that hub holds.
     *
     * @throws IllegalStateException when this instance does not know how to reach the peer
     */
    public Optional<StatusRelayOrder> statusOrder(String peerCode, StatusRelayItem item) {
        AgencyCode peer = AgencyCode.of(peerCode);
        Optional<Document> found = documents.find(item.document());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Document document = found.get();
        List<AgencyCode> relayFor = document.relayedBy().filter(peer::equals).isPresent()
                ? List.of(document.sender())
                : heldBy(item.document(), peer);
        if (relayFor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatusRelayOrder(item.status(), peer, item.sha256(), relayFor, reach(peer)));
    }

    /**
     * What an attempt sends: empty when there is nothing to relay any more (the document or its
     * held deliveries went away).
     *
     * @throws IllegalStateException when this instance does not know how to reach the peer (no
     *                               upstream of that code, no peer row): the item waits for it
     */
    public Optional<RelayOrder> order(String peerCode, String documentId) {
        AgencyCode peer = AgencyCode.of(peerCode);
        HubDocumentId id = new HubDocumentId(documentId);
        Optional<Document> found = documents.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Document document = found.get();
        List<AgencyCode> relayFor = heldBy(id, peer);
        if (relayFor.isEmpty()) {
            return Optional.empty();
        }
        PeerTarget target = reach(peer);
        // This hop's timestamp is the moment it accepted the document, so every attempt sends the same bytes.
        TraceHeader own = new TraceHeader(hub.code().value(), LocalDateTime.ofInstant(document.receivedAt(), HubClock.ZONE)
                .withNano(0));
        return Optional.of(new RelayOrder(id, peer, document.packageLocation(), document.sha256(), document.hops().then(own),
                relayFor, RelayHeaders.idempotencyKey(hub.code(), id), target));
    }

    /** Where the relay of {@code document} to the peer holding {@code held} stands; empty when none was queued. */
    public Optional<RelayState> state(Delivery held) {
        if (held.heldBy().isEmpty()) {
            return Optional.empty();
        }
        AgencyCode peer = held.heldBy().get();
        Optional<Delivery> first = deliveries.ofDocument(held.documentId()).stream()
                .filter(d -> d.heldBy().filter(peer::equals).isPresent()).findFirst();
        return first.flatMap(d -> outbox.find(QUEUE, peer.value(), d.id())).map(RelayState::of);
    }

    /**
     * The recipients of {@code document} that {@code peer} holds, as the package names them: the next
     * hop applies succession itself.
     */
    private List<AgencyCode> heldBy(HubDocumentId document, AgencyCode peer) {
        return deliveries.ofDocument(document).stream()
                .filter(d -> d.heldBy().filter(peer::equals).isPresent())
                .map(d -> d.routedFrom().orElse(d.recipient()))
                .distinct().toList();
    }

    /** @throws IllegalStateException when this instance does not know how to reach the peer: the item waits for it */
    private PeerTarget reach(AgencyCode peer) {
        return target(peer).orElseThrow(() -> new IllegalStateException("No way to reach the hub " + peer
                + ": it is neither the configured upstream nor a peer at /api/v1/admin/federation/peers"));
    }

    private Optional<PeerTarget> target(AgencyCode peer) {
        Optional<Upstream> upstream = federation.upstream().filter(u -> u.code().equals(peer));
        if (upstream.isPresent()) {
            Upstream u = upstream.get();
            return Optional.of(new PeerTarget(u.base(), u.user(), u.password(), u.truststore(),
                    u.truststorePassword()));
        }
        return peers.target(peer);
    }
}
