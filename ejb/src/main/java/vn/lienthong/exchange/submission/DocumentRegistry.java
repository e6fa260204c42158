package vn.lienthong.exchange.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.evidence.log.EvidenceEvent;
import vn.lienthong.evidence.log.EvidenceKind;
import vn.lienthong.evidence.log.EvidenceLog;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.Hops;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.exchange.document.SpooledPackage;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.exchange.edxml.BusinessType;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.push.PushService;
import vn.lienthong.exchange.relay.RelayQueue;
import vn.lienthong.exchange.relay.Route;
import vn.lienthong.exchange.receipt.PreparedReceipt;
import vn.lienthong.exchange.receipt.Receipts;
import vn.lienthong.exchange.edxml.EdxmlDates;
import vn.lienthong.exchange.edxml.MessageHeader;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.verification.SignatureVerdict;
import vn.lienthong.signature.verification.SignatureVerdicts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records an accepted document in one (single-resource) transaction: the document row, one queued
 * delivery per recipient, and the original bytes. The queued deliveries are the outbox the relay and
 * the sweeper send from once this transaction has committed.
 */
@Stateless
public class DocumentRegistry {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    PackageStore packages;

    @Inject
    Clock clock;

    @EJB
    SignatureVerdicts verdicts;

    @EJB
    PushService pushes;

    @Inject
    EvidenceLog evidence;

    @Inject
    RelayQueue relays;

    @EJB
    Receipts receipts;

    /** Capabilities on the axis (reporting) observe accepted documents in this transaction. */
    @Inject
    Event<DocumentAccepted> accepted;

    /**
     * Registers the document {@code id} received at {@code now}, with its {@code acceptance} receipt
     * when it was signed ahead ({@link Receipts#signAcceptance}): stored in this transaction, so
     * that the document, its deliveries, its package, its receipt and its message-log entry cost
     * one commit.
     *
     * @param routes    where each recipient goes: a recipient behind another hub gets a delivery held
     *                  by that hub, and the document one relay item per hub
     * @param relayedBy the peer hub that relayed the document here, empty when its sender sent it here
     * @param hops      the hubs it passed before this one
     */
    public SubmissionReceipt register(HubDocumentId id, Instant now, AgencyCode sender, DocumentPackage pkg,
                                      Optional<EarlierDocument> earlier, List<Route> routes, List<Reroute> reroutes,
                                      SpooledPackage spooled, Optional<String> idempotencyKey, SignatureVerdict verdict,
                                      List<PdfAttachmentSignatures> pdfSignatures, Optional<AgencyCode> relayedBy, Hops hops,
                                      Optional<PreparedReceipt> acceptance) {
        List<AgencyCode> recipients = routes.stream().map(Route::recipient).toList();
        MessageHeader header = pkg.header();
        String edxmlDocumentId = edxmlDocumentId(sender, header);
        Document document = new Document(id, sender, edxmlDocumentId,
                header.code() == null ? null : header.code().number(),
                header.code() == null ? null : header.code().notation(),
                header.subject(), pkg.businessType(),
                header.promulgation() == null ? null : header.promulgation().date(),
                pkg.signed(), pkg.attachments().size(), spooled.size(), spooled.sha256Hex(), now);
        idempotencyKey.ifPresent(document::keyedBy);
        relayedBy.ifPresent(peer -> document.relayedBy(peer, hops));
        document.categorised(RetentionCategory.of(header.documentType()));
        documents.add(document);
        // The deliveries reference the document, and EclipseLink does not order inserts of unrelated
        // entities; flushing here also surfaces a duplicate submission before anything else is written.
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConcurrentUpdates.lostInsertRace(e)) {
                throw new DuplicateSubmissionException(e);
            }
            throw e;
        }
        verdicts.record(id.value(), sender, verdict);
        verdicts.recordPdf(id.value(), pdfSignatures);
        List<AgencyCode> deliverTo = recipients;
        List<EvidenceEvent> events = new java.util.ArrayList<>(2);
        // The digest ties the log to the exact bytes accepted: an evidence bundle's package is checked against it.
        events.add(EvidenceEvent.of(EvidenceKind.ACCEPTED, id.value(), sender,
                pkg.businessType().name().toLowerCase() + " sha256=" + spooled.sha256Hex()));
        Optional<HubDocumentId> actsOn = Optional.empty();
        if (earlier.isPresent()) {
            // A revoke, update or replace acts on a document of this sender's that the hub has, or is refused.
            EarlierDocument named = earlier.get();
            Document actedOn = documents.findEarlier(sender, named.edxmlDocumentId(), id)
                    .orElseThrow(() -> new UnknownDocumentException(named.edxmlDocumentId(), named.element()));
            actsOn = Optional.of(actedOn.id());
            if (pkg.businessType() == BusinessType.REVOKE) {
                deliverTo = revoke(actedOn, recipients, now);
            }
            document.actsOn(named.edxmlDocumentId(), actedOn.id());
            actedUpon(pkg.businessType()).ifPresent(kind -> events.add(EvidenceEvent.of(kind, actedOn.id().value(), sender, id.value())));
        }
        java.util.Map<AgencyCode, List<Delivery>> held = new java.util.LinkedHashMap<>();
        for (AgencyCode recipient : deliverTo) {
            AgencyCode routedFrom = reroutes.stream().filter(r -> r.deliveredTo().equals(recipient))
                    .map(Reroute::addressed).findFirst().orElse(null);
            Optional<AgencyCode> via = routes.stream().filter(r -> r.recipient().equals(recipient)).findFirst()
                    .flatMap(Route::via);
            Delivery delivery = new Delivery(id, recipient, routedFrom, now);
            via.ifPresent(delivery::heldBy);
            deliveries.add(delivery);
            via.ifPresent(peer -> held.computeIfAbsent(peer, p -> new java.util.ArrayList<>()).add(delivery));
        }
        if (!held.isEmpty()) {
            em.flush(); // the relay item is numbered by its first delivery's id
            // A revoke, update or replace is relayed after the document it acts on (RelayQueue.enqueue).
            Optional<HubDocumentId> after = actsOn;
            held.forEach((peer, ofPeer) -> relays.enqueue(id, peer, ofPeer.get(0).id(), after));
        }
        try (InputStream bytes = spooled.open()) {
            packages.store(id, bytes, spooled.sha256Hex(), spooled.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Signed naming the recipients asked for; only a revocation delivers to fewer, and its receipt
        // is never signed ahead (the sender's request for it then makes it, as for any other receipt).
        if (acceptance.isPresent() && deliverTo.equals(recipients)) {
            receipts.record(acceptance.get());
        }
        accepted.fire(new DocumentAccepted(id, sender, deliverTo, pkg, verdict, spooled::open));
        evidence.append(events); // last, so the chain's lock is held only while this transaction commits
        return new SubmissionReceipt(id, edxmlDocumentId, sender, deliverTo, spooled.size(), spooled.sha256Hex(), now, false,
                reroutes);
    }

    /** What a package of this business type does to the earlier document it names, as the message log says it. */
    private static Optional<EvidenceKind> actedUpon(BusinessType type) {
        return switch (type) {
            case REVOKE -> Optional.of(EvidenceKind.REVOKED);
            case UPDATE -> Optional.of(EvidenceKind.UPDATED);
            case REPLACE -> Optional.of(EvidenceKind.REPLACED);
            case NEW -> Optional.empty();
        };
    }

    /**
     * Revokes {@code earlier} for each recipient: one that has not fetched it never sees it
     * (its delivery becomes REVOKED); one that has gets the revocation package. Returns the latter.
     */
    private List<AgencyCode> revoke(Document earlier, List<AgencyCode> recipients, Instant now) {
        List<AgencyCode> informed = new java.util.ArrayList<>();
        for (AgencyCode recipient : recipients) {
            Optional<Delivery> found = deliveries.find(earlier.id(), recipient);
            if (found.isPresent() && found.get().heldBy().isPresent()) {
                informed.add(recipient); // the hub holding it revokes its own copy
            } else if (found.isEmpty() || !found.get().revoke(now)) {
                informed.add(recipient);
            } else {
                pushes.withdraw(found.get()); // never pushed now
            }
        }
        return informed;
    }

    /** The earlier submission with this Idempotency-Key from this sender, if any. */
    public Optional<Document> findByKey(AgencyCode sender, String idempotencyKey) {
        return documents.findByKey(sender, idempotencyKey);
    }

    /** The earlier submission of exactly these bytes by this sender, if any. */
    public Optional<Document> findByBytes(AgencyCode sender, String sha256) {
        return documents.findByBytes(sender, sha256);
    }

    /** The earlier submission that claimed this DocumentId with this business type ({@link Document#documentKey}), if any. */
    public Optional<Document> findClaiming(AgencyCode sender, String documentKey, BusinessType businessType) {
        return documents.findClaiming(sender, documentKey, businessType);
    }

    /** The answer the hub gave when it accepted {@code document}. */
    public SubmissionReceipt receiptOf(Document document) {
        List<Delivery> deliveries = this.deliveries.ofDocument(document.id());
        List<AgencyCode> recipients = deliveries.stream().map(Delivery::recipient).toList();
        List<Reroute> reroutes = deliveries.stream().filter(d -> d.routedFrom().isPresent())
                .map(d -> new Reroute(d.routedFrom().get(), d.recipient())).toList();
        return new SubmissionReceipt(document.id(), document.edxmlDocumentId(), document.sender(), recipients,
                document.sizeBytes(), document.sha256(), document.receivedAt(), false, reroutes);
    }

    /**
     * The package's DocumentId, or the one the format defines, {@code {sender},{yyyy/MM/dd},{number}/{notation}},
     * when the package has its promulgation date and number; otherwise none (null). Packages without
     * either must not all share one made-up id: they would be taken for retries of each other.
     */
    static String edxmlDocumentId(AgencyCode sender, MessageHeader header) {
        if (header.documentId() != null) {
            return header.documentId();
        }
        if (header.promulgation() == null || header.promulgation().date() == null || header.code() == null
                || header.code().number() == null || header.code().number().isBlank()) {
            return null;
        }
        return sender.value() + "," + EdxmlDates.DATE.format(header.promulgation().date()) + "," + header.code().display();
    }
}
