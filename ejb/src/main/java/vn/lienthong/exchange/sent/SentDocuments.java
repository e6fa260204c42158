package vn.lienthong.exchange.sent;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.relay.RelayQueue;
import vn.lienthong.exchange.status.StatusReport;
import vn.lienthong.exchange.status.StatusReportRepository;
import vn.lienthong.exchange.status.StatusView;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.signature.verification.PackageSignatureView;
import vn.lienthong.signature.verification.SignatureVerdict;
import vn.lienthong.signature.verification.SignatureVerdicts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A sender's side of the axis: what it sent, and where each document stands with each recipient. */
@Stateless
public class SentDocuments {

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    StatusReportRepository statusReports;

    @EJB
    DirectoryService directory;

    @EJB
    SignatureVerdicts verdicts;

    @EJB
    RelayQueue relays;

    /** Documents the agency sent, newest first. */
    public Slice<SentDocumentView> list(AgencyCode sender, Optional<String> before, int limit) {
        List<Document> found = documents.sent(sender, before.map(HubDocumentId::new), limit + 1);
        boolean more = found.size() > limit;
        List<Document> page = more ? found.subList(0, limit) : found;
        List<SentDocumentView> views = views(page);
        return new Slice<>(views, more ? Optional.of(page.get(page.size() - 1).id().value()) : Optional.empty());
    }

    public SentDocumentView get(AgencyCode sender, HubDocumentId id) {
        return views(List.of(documents.sentBy(sender, id))).get(0);
    }

    /**
     * The story of any documents, whoever sent them: for the administrators' message monitor
     * (exchange.monitor), whose pages only administrators reach.
     */
    public List<SentDocumentView> viewsOf(List<Document> documents) {
        return views(documents);
    }

    private List<SentDocumentView> views(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<HubDocumentId> ids = documents.stream().map(Document::id).toList();
        Map<String, List<Delivery>> deliveries = this.deliveries.ofDocuments(ids).stream()
                .collect(Collectors.groupingBy(d -> d.documentId().value()));
        Map<String, List<StatusReport>> statuses = statusReports.ofDocuments(ids).stream()
                .collect(Collectors.groupingBy(s -> s.documentId().value() + "|" + s.reporter().value()));
        Map<String, PackageSignatureView> signatures = verdicts.of(ids.stream().map(HubDocumentId::value).toList());
        Map<String, SignatureVerdict> statusVerdicts = verdicts.ofStatuses(statuses.values().stream()
                .flatMap(List::stream).map(s -> s.id().value()).toList());
        Map<AgencyCode, Agency> agencies = directory.findAgencies(deliveries.values().stream()
                .flatMap(List::stream).map(Delivery::recipient).toList());
        return documents.stream().map(doc -> {
            List<RecipientView> recipients = deliveries.getOrDefault(doc.id().value(), List.of()).stream()
                    .sorted(Comparator.comparing(d -> d.recipient().value()))
                    .map(d -> {
                        Agency agency = agencies.get(d.recipient());
                        List<StatusView> reported = statuses.getOrDefault(doc.id().value() + "|" + d.recipient().value(), List.of())
                                .stream().map(s -> StatusView.of(s, statusVerdicts.get(s.id().value()))).toList();
                        return new RecipientView(d.recipient(), agency == null ? null : agency.name(), d.state(),
                                d.deliveredAt(), d.deliveredBy(), d.fetchedAt(), d.fetchFailures().count(), d.fetchFailures().lastReason(), reported,
                                d.routedFrom().orElse(null), d.heldBy().orElse(null), relays.state(d).orElse(null));
                    }).toList();
            return new SentDocumentView(doc.id(), doc.edxmlDocumentId(), doc.codeNumber(), doc.codeNotation(),
                    doc.subject(), doc.businessType(), doc.signed(), doc.sizeBytes(), doc.sha256(), doc.receivedAt(),
                    recipients, doc.relatedDocumentId().orElse(null), doc.relatedEdxmlDocumentId(),
                    doc.takeBackState().orElse(null), signatures.get(doc.id().value()));
        }).toList();
    }
}
