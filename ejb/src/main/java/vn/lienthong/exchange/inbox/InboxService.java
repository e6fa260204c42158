package vn.lienthong.exchange.inbox;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.evidence.log.EvidenceEvent;
import vn.lienthong.evidence.log.EvidenceKind;
import vn.lienthong.evidence.log.EvidenceLog;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.Hops;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.NotYoursException;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.exchange.document.TraceHeaderAppender;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.exchange.push.PushService;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.batch.BatchSize;
import vn.lienthong.platform.batch.Refusal;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.signature.verification.PackageSignatureView;
import vn.lienthong.signature.verification.SignatureVerdicts;

import java.time.Clock;
import java.time.LocalDateTime;
import vn.lienthong.platform.time.HubClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A recipient's side of the axis: what waits for it, fetching a package, confirming the fetch. */
@Stateless
public class InboxService {

    @Inject
    InboxMetrics metrics;

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @EJB
    SignatureVerdicts verdicts;

    @EJB
    DirectoryService directory;

    @EJB
    PushService pushes;

    @Inject
    PackageStore packages;

    @Inject
    Clock clock;

    @Inject
    TraceHeaderAppender traceHeaders;

    @Resource
    SessionContext context;

    @Inject
    EvidenceLog evidence;

    /**
     * Documents in the recipient's inbox, oldest first. By default only those waiting (delivered,
     * not yet confirmed); with {@code includeFetched} also those already fetched.
     */
    public Slice<InboxItem> list(AgencyCode recipient, boolean includeFetched, Optional<String> after, int limit) {
        List<Delivery> found = deliveries.inbox(recipient, includeFetched
                        ? List.of(DeliveryState.DELIVERED, DeliveryState.FETCHED) : List.of(DeliveryState.DELIVERED),
                after.map(HubDocumentId::new), limit + 1);
        boolean more = found.size() > limit;
        List<Delivery> page = more ? found.subList(0, limit) : found;
        Map<HubDocumentId, Document> byId = documents.withIds(page.stream().map(Delivery::documentId).toList()).stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        Map<AgencyCode, Agency> senders = directory.findAgencies(byId.values().stream().map(Document::sender).toList());
        Map<String, PackageSignatureView> signatures = verdicts.of(page.stream().map(d -> d.documentId().value()).toList());
        List<InboxItem> items = page.stream().map(d -> {
            Document doc = byId.get(d.documentId());
            Agency sender = senders.get(doc.sender());
            return new InboxItem(doc.id(), doc.sender(), sender == null ? null : sender.name(), doc.edxmlDocumentId(),
                    doc.codeNumber(), doc.codeNotation(), doc.subject(), doc.businessType(), doc.signed(),
                    doc.attachmentCount(), doc.sizeBytes(), doc.sha256(), doc.receivedAt(), d.state(),
                    d.deliveredAt(), d.fetchedAt(), d.fetchFailures().count(), doc.relatedDocumentId().orElse(null),
                    doc.relatedEdxmlDocumentId(), doc.takeBackState().orElse(null), signatures.get(doc.id().value()));
        }).toList();
        return new Slice<>(items, more ? Optional.of(page.get(page.size() - 1).documentId().value()) : Optional.empty());
    }

    /** The package exactly as the sender sent it, if it is in the recipient's inbox. */
    public StoredPackage open(AgencyCode recipient, HubDocumentId id) {
        return metrics.fetch(false, () -> {
            StoredPackage stored = openOne(recipient, id);
            evidence.append(fetched(recipient, id));
            return stored;
        });
    }

    private StoredPackage openOne(AgencyCode recipient, HubDocumentId id) {
        readable(inboxDelivery(recipient, id));
        return stored(documents.find(id).orElseThrow());
    }

    private static EvidenceEvent fetched(AgencyCode recipient, HubDocumentId id) {
        return EvidenceEvent.of(EvidenceKind.FETCHED, id.value(), recipient, null);
    }

    /**
     * Several packages of the recipient's inbox in one call, in the order asked; each one the recipient
     * may not have (unknown, someone else's, not yet delivered, taken back) is answered by its refusal
     * and the others are served. Nothing is read until the caller streams each package.
     */
    public List<PackageOpening> openAll(AgencyCode recipient, List<HubDocumentId> ids) {
        return metrics.fetch(true, () -> openEach(recipient, ids));
    }

    private List<PackageOpening> openEach(AgencyCode recipient, List<HubDocumentId> ids) {
        List<PackageOpening> openings = new ArrayList<>();
        List<EvidenceEvent> served = new ArrayList<>();
        for (HubDocumentId id : BatchSize.checked(ids, "documentId")) {
            try {
                openings.add(PackageOpening.opened(openOne(recipient, id)));
                served.add(fetched(recipient, id));
            } catch (BusinessException e) {
                openings.add(PackageOpening.refused(id, Refusal.of(e)));
            }
        }
        evidence.append(served);
        return openings;
    }

    /**
     * The packages waiting for the recipient (delivered, not yet confirmed), oldest first, at most
     * {@code limit}: with {@link #acknowledgeAll} a recipient empties its inbox in two calls per batch
     * instead of one listing plus two calls per document.
     */
    public List<PackageOpening> openWaiting(AgencyCode recipient, int limit) {
        return metrics.fetch(true, () -> openWaitingNow(recipient, limit));
    }

    private List<PackageOpening> openWaitingNow(AgencyCode recipient, int limit) {
        List<Delivery> waiting = deliveries.inbox(recipient, List.of(DeliveryState.DELIVERED), Optional.empty(), limit);
        Map<HubDocumentId, Document> byId = documents.withIds(waiting.stream().map(Delivery::documentId).toList())
                .stream().collect(Collectors.toMap(Document::id, Function.identity()));
        List<PackageOpening> openings = new ArrayList<>(waiting.size());
        List<EvidenceEvent> fetches = new ArrayList<>(waiting.size());
        for (Delivery delivery : waiting) {
            try {
                openings.add(PackageOpening.opened(stored(byId.get(delivery.documentId()))));
                fetches.add(fetched(recipient, delivery.documentId()));
            } catch (BusinessException e) {
                openings.add(PackageOpening.refused(delivery.documentId(), Refusal.of(e))); // purged under a retention rule
            }
        }
        evidence.append(fetches);
        return openings;
    }

    private StoredPackage stored(Document document) {
        return new StoredPackage(document.id(), document.sizeBytes(), document.sha256(), packages.open(document));
    }

    /**
     * The package with the hub's TraceHeader appended (see {@link TraceHeaderAppender}), after the
     * hops of the hubs that relayed it here, if any (docs/federation.md: they are kept beside the
     * sender's bytes); size and digest are then unknown (-1, null). A package the appender cannot
     * splice is served unchanged.
     */
    public StoredPackage openWithHubTrace(AgencyCode recipient, HubDocumentId id) {
        StoredPackage stored = open(recipient, id);
        Hops earlier = documents.find(id).map(Document::hops).orElseGet(Hops::none);
        return traceHeaders.append(stored.content(), earlier, LocalDateTime.ofInstant(clock.instant(), HubClock.ZONE))
                .map(traced -> new StoredPackage(id, -1, null, traced))
                .orElseGet(() -> openOne(recipient, id)); // served once, logged once
    }

    /**
     * The recipient's software reports whether it took the package in; a repeated report is harmless.
     * A push attempt may update the same delivery at the same moment (the agency fetched it while a
     * push was in flight); the loser of that race sees an optimistic-lock conflict at commit. The
     * acknowledgement is simply taken again on fresh data: answering the agency 500 for a report
     * that is valid would make it retry blindly or give up.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryState acknowledge(AgencyCode recipient, HubDocumentId id, FetchOutcome outcome, String reason) {
        InboxService self = context.getBusinessObject(InboxService.class);
        return metrics.acknowledge(false, () -> ConcurrentUpdates.retried(() -> self.acknowledgeOnce(recipient, id, outcome, reason),
                "The delivery of " + id + " to " + recipient, "Việc chuyển văn bản " + id + " đến " + recipient));
    }

    /** One attempt of {@link #acknowledge}, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeliveryState acknowledgeOnce(AgencyCode recipient, HubDocumentId id, FetchOutcome outcome, String reason) {
        Acknowledgement acknowledgement = new Acknowledgement(id, outcome, reason);
        DeliveryState state = take(recipient, acknowledgement);
        evidence.append(acknowledged(recipient, acknowledgement));
        return state;
    }

    /**
     * Several acknowledgements in one call, answered in the order given; one that is refused (unknown
     * document, not delivered yet, taken back) does not stop the others. Races with push attempts are
     * handled as for {@link #acknowledge}: the whole batch is taken again on fresh data.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<AcknowledgementResult> acknowledgeAll(AgencyCode recipient, List<Acknowledgement> acknowledgements) {
        List<Acknowledgement> batch = BatchSize.checked(acknowledgements, "acknowledgement");
        InboxService self = context.getBusinessObject(InboxService.class);
        return metrics.acknowledge(true, () -> ConcurrentUpdates.retried(() -> self.acknowledgeAllOnce(recipient, batch),
                "The deliveries to " + recipient, "Các lượt chuyển văn bản đến " + recipient));
    }

    /**
     * One attempt of {@link #acknowledgeAll}, all in one transaction: one commit (one log flush) for
     * the whole batch. A refusal is caught here, inside the bean, so it does not roll the others back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<AcknowledgementResult> acknowledgeAllOnce(AgencyCode recipient, List<Acknowledgement> acknowledgements) {
        List<AcknowledgementResult> results = new ArrayList<>(acknowledgements.size());
        List<EvidenceEvent> taken = new ArrayList<>(acknowledgements.size());
        for (Acknowledgement acknowledgement : acknowledgements) {
            try {
                results.add(AcknowledgementResult.taken(acknowledgement.documentId(), take(recipient, acknowledgement)));
                taken.add(acknowledged(recipient, acknowledgement));
            } catch (BusinessException e) {
                results.add(AcknowledgementResult.refused(acknowledgement.documentId(), Refusal.of(e)));
            }
        }
        evidence.append(taken); // once, last: the chain's lock is held only while the batch commits
        return results;
    }

    /** An acknowledgement as the message log keeps it: done, or failed with the reason given. */
    private static EvidenceEvent acknowledged(AgencyCode recipient, Acknowledgement acknowledgement) {
        String detail = acknowledgement.outcome() == FetchOutcome.DONE ? "done"
                : "failed" + (acknowledgement.reason() == null ? "" : ": " + acknowledgement.reason());
        return EvidenceEvent.of(EvidenceKind.ACKNOWLEDGED, acknowledgement.documentId().value(), recipient, detail);
    }

    private DeliveryState take(AgencyCode recipient, Acknowledgement acknowledgement) {
        Delivery delivery = readable(inboxDelivery(recipient, acknowledgement.documentId()));
        if (acknowledgement.outcome() == FetchOutcome.DONE) {
            delivery.confirmFetched(clock.instant());
            pushes.withdraw(delivery); // pulled first: a push still waiting, or dead, is not needed any more
        } else {
            delivery.reportFetchFailure(acknowledgement.reason(), clock.instant());
        }
        return delivery.state();
    }

    /** A delivery the recipient may fetch and acknowledge: delivered, and not taken back. */
    private static Delivery readable(Delivery delivery) {
        if (delivery.state() == DeliveryState.QUEUED) {
            throw new NotYetDeliveredException(delivery.documentId());
        }
        if (delivery.state() == DeliveryState.REVOKED) {
            throw new DocumentRevokedException(delivery.documentId());
        }
        return delivery;
    }

    private Delivery inboxDelivery(AgencyCode recipient, HubDocumentId id) {
        Optional<Delivery> found = deliveries.find(id, recipient);
        if (found.isPresent()) {
            return found.get();
        }
        if (documents.find(id).isEmpty()) {
            throw new UnknownDocumentException(id.value());
        }
        throw new NotYoursException(id.value(), null);
    }
}
