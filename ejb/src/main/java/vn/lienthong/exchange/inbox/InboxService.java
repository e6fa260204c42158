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
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.NotYoursException;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.exchange.document.TraceHeaderAppender;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.exchange.push.PushService;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.signature.verification.PackageSignatureView;
import vn.lienthong.signature.verification.SignatureVerdicts;

import java.time.Clock;
import java.time.LocalDateTime;
import vn.lienthong.platform.time.HubClock;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A recipient's side of the axis: what waits for it, fetching a package, confirming the fetch. */
@Stateless
public class InboxService {

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
        Delivery delivery = inboxDelivery(recipient, id);
        if (delivery.state() == DeliveryState.QUEUED) {
            throw new NotYetDeliveredException(id);
        }
        if (delivery.state() == DeliveryState.REVOKED) {
            throw new DocumentRevokedException(id);
        }
        Document document = documents.find(id).orElseThrow();
        return new StoredPackage(id, document.sizeBytes(), document.sha256(), packages.open(id.value()));
    }

    /**
     * The package with the hub's TraceHeader appended (see {@link TraceHeaderAppender}); size and
     * digest are then unknown (-1, null). A package the appender cannot splice is served unchanged.
     */
    public StoredPackage openWithHubTrace(AgencyCode recipient, HubDocumentId id) {
        StoredPackage stored = open(recipient, id);
        return traceHeaders.append(stored.content(), LocalDateTime.ofInstant(clock.instant(), HubClock.ZONE))
                .map(traced -> new StoredPackage(id, -1, null, traced))
                .orElseGet(() -> open(recipient, id));
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
        return ConcurrentUpdates.retried(() -> self.acknowledgeOnce(recipient, id, outcome, reason),
                "The delivery of " + id + " to " + recipient, "Việc chuyển văn bản " + id + " đến " + recipient);
    }

    /** One attempt of {@link #acknowledge}, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeliveryState acknowledgeOnce(AgencyCode recipient, HubDocumentId id, FetchOutcome outcome, String reason) {
        Delivery delivery = inboxDelivery(recipient, id);
        if (delivery.state() == DeliveryState.QUEUED) {
            throw new NotYetDeliveredException(id);
        }
        if (delivery.state() == DeliveryState.REVOKED) {
            throw new DocumentRevokedException(id);
        }
        if (outcome == FetchOutcome.DONE) {
            delivery.confirmFetched(clock.instant());
            pushes.withdraw(delivery); // pulled first: a push still waiting, or dead, is not needed any more
        } else {
            delivery.reportFetchFailure(reason, clock.instant());
        }
        return delivery.state();
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
