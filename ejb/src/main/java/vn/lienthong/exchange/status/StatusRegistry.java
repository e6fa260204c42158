package vn.lienthong.exchange.status;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.evidence.log.EvidenceEvent;
import vn.lienthong.evidence.log.EvidenceKind;
import vn.lienthong.evidence.log.EvidenceLog;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.NotYoursException;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.exchange.document.SpooledPackage;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.exchange.edxml.BusinessType;
import vn.lienthong.exchange.edxml.StatusCode;
import vn.lienthong.exchange.edxml.StatusPackage;
import vn.lienthong.exchange.relay.RelayNotAllowedException;
import vn.lienthong.exchange.relay.RelayQueue;
import vn.lienthong.exchange.relay.StatusRelayItem;
import vn.lienthong.exchange.relay.StatusRouting;
import vn.lienthong.signature.verification.SignatureVerdict;
import vn.lienthong.signature.verification.SignatureVerdicts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records a status report, its package and its signature verdict in one transaction. */
@Stateless
public class StatusRegistry {

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    StatusReportRepository reports;

    @Inject
    PackageStore packages;

    @Inject
    Clock clock;

    @Inject
    Event<StatusRecorded> recorded;

    @EJB
    SignatureVerdicts verdicts;

    @Inject
    EvidenceLog evidence;

    @EJB
    RelayQueue relays;

    /**
     * A recipient's status about a document it received. An answer to a take-back (15, 16) needs an
     * open take-back or an update/replace to answer, and moves the document's take-back state.
     *
     * <p>Answers of several recipients may arrive at the same moment, each deciding the document's
     * state from all answers. So an answer first locks the document, before its own answer is written:
     * the next one waits and then counts this one (on Derby, whose reads wait for uncommitted rows,
     * writing first would deadlock). The document's version catches any other concurrent change; the
     * loser is taken again on fresh data ({@link StatusService}).
     */
    public StatusReceipt record(AgencyCode reporter, StatusPackage status, SpooledPackage spooled, SignatureVerdict verdict,
                                Optional<AgencyCode> relayedBy) {
        HubDocumentId documentId = documentConcerned(reporter, status);
        if (relayedBy.isPresent()) {
            // A recipient's status comes back only from the hub this hop relayed the document to for it.
            AgencyCode hub = relayedBy.get();
            boolean holds = deliveries.find(documentId, reporter).flatMap(Delivery::heldBy).filter(hub::equals).isPresent();
            if (!holds) {
                throw RelayNotAllowedException.notOnRoute(hub, status.responseFor().documentId());
            }
            // Two attempts of one relay (the first's answer lost) may arrive together: the lock makes the
            // second see the first's report, so it is recognised rather than recorded twice.
            documents.lock(documentId);
            Optional<StatusReceipt> again = recognised(documentId, reporter, spooled, verdict);
            if (again.isPresent()) {
                return again.get();
            }
        }
        StatusCode code = StatusCode.of(status.statusCode()).orElseThrow();
        boolean answer = code == StatusCode.TAKE_BACK_AGREED || code == StatusCode.TAKE_BACK_REFUSED;
        Document document = answer ? documents.lock(documentId).orElseThrow() : documents.find(documentId).orElseThrow();
        StatusReceipt receipt = store(reporter, documentId, status, spooled, verdict);
        relayOn(document, false, receipt, spooled.sha256Hex(), relayedBy);
        if (answer) {
            if (document.takeBackState().isEmpty() && document.businessType() != BusinessType.UPDATE
                    && document.businessType() != BusinessType.REPLACE) {
                throw new StatusNotAllowedException(code.code(), "the sender has not asked to take this document back (13)",
                        "bên gửi chưa đề nghị lấy lại văn bản này (13)");
            }
            followTakeBack(document);
        }
        evidence.append(EvidenceEvent.of(EvidenceKind.STATUS, documentId.value(), reporter, status.statusCode()));
        return receipt;
    }

    /** The sender asks for its own document back (13): the document's take-back state opens. */
    public StatusReceipt recordTakeBackRequest(AgencyCode sender, StatusPackage status, SpooledPackage spooled,
                                               SignatureVerdict verdict, Optional<AgencyCode> relayedBy) {
        String element = "Status/ResponseFor/DocumentId";
        if (!AgencyCode.of(status.responseFor().organId()).equals(sender)) {
            throw new NotYoursException(status.responseFor().documentId(), "Status/ResponseFor/OrganId");
        }
        Document document = documents.latestSentUnder(sender, status.responseFor().documentId())
                .orElseThrow(() -> new UnknownDocumentException(status.responseFor().documentId(), element));
        documents.lock(document);
        if (relayedBy.isPresent()) {
            // The request goes the way the document went: it comes only from the hub the document came from.
            if (!document.relayedBy().equals(relayedBy)) {
                throw RelayNotAllowedException.notOnRoute(relayedBy.get(), status.responseFor().documentId());
            }
            Optional<StatusReceipt> again = recognised(document.id(), sender, spooled, verdict);
            if (again.isPresent()) {
                return again.get();
            }
        }
        StatusReceipt receipt = store(sender, document.id(), status, spooled, verdict);
        document.takeBackRequested();
        relayOn(document, true, receipt, spooled.sha256Hex(), relayedBy);
        evidence.append(EvidenceEvent.of(EvidenceKind.TAKE_BACK, document.id().value(), sender, status.statusCode()));
        return receipt;
    }

    /**
     * A relayed status this hop has recorded already (a retry of the hop before, whose answer was
     * lost): recognised by document, reporter and the SHA-256 of the status package, and answered as
     * the first time, with nothing recorded or relayed again.
     */
    private Optional<StatusReceipt> recognised(HubDocumentId document, AgencyCode reporter, SpooledPackage spooled,
                                               SignatureVerdict verdict) {
        return reports.samePackage(document, reporter, spooled.sha256Hex())
                .map(first -> new StatusReceipt(first.id(), document, first.statusCode(), first.receivedAt(), verdict));
    }

    /**
     * Queues the status, in this transaction, to the hubs it goes on to ({@link StatusRouting}): back to
     * the hub the document came from, or, for a take-back request, to every hub holding recipients.
     */
    private void relayOn(Document document, boolean takeBackRequest, StatusReceipt receipt, String sha256,
                         Optional<AgencyCode> cameFrom) {
        List<AgencyCode> peers = StatusRouting.peers(takeBackRequest, document.relayedBy(),
                deliveries.ofDocument(document.id()).stream().map(Delivery::heldBy).toList(), cameFrom);
        if (peers.isEmpty()) {
            return;
        }
        StatusRelayItem item = new StatusRelayItem(receipt.statusId(), document.id(), sha256);
        peers.forEach(peer -> relays.enqueueStatus(item, peer));
    }

    /** Each recipient's latest answer (15 or 16) since the request decides the document's state. */
    private void followTakeBack(Document document) {
        List<StatusReport> answers = reports.takeBackAnswers(document.id());
        java.util.Map<String, String> latest = new java.util.HashMap<>();
        answers.forEach(a -> latest.put(a.reporter().value(), a.statusCode()));
        boolean allAnswered = deliveries.ofDocument(document.id()).stream().filter(d -> d.state() != DeliveryState.REVOKED).allMatch(d -> latest.containsKey(d.recipient().value()));
        boolean anyRefused = latest.containsValue("16");
        if (document.takeBackState().isEmpty()) {
            return;
        }
        document.takeBackAnswered(allAnswered, anyRefused);
    }

    private StatusReceipt store(AgencyCode reporter, HubDocumentId documentId, StatusPackage status, SpooledPackage spooled,
                                SignatureVerdict verdict) {
        Instant now = clock.instant();
        HubDocumentId statusId = HubDocumentId.next(clock);
        StatusReport report = new StatusReport(statusId, documentId, reporter, status.statusCode(), status.description(),
                status.staffInfo() == null ? null : bounded(status.staffInfo().department()),
                status.staffInfo() == null ? null : bounded(status.staffInfo().staff()),
                status.timestamp(), now, spooled.sha256Hex());
        reports.add(report);
        verdicts.recordStatus(statusId.value(), reporter, verdict);
        try (InputStream bytes = spooled.open()) {
            packages.store(statusId, bytes, spooled.sha256Hex(), spooled.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorded.fire(new StatusRecorded(documentId, reporter, status.statusCode(), status.description(),
                status.staffInfo() == null ? null : status.staffInfo().staff()));
        return new StatusReceipt(statusId, documentId, status.statusCode(), now, verdict);
    }

    /**
     * The document a status is about: sent by {@code ResponseFor/OrganId} under edXML id
     * {@code ResponseFor/DocumentId}, and received by the reporter. When a sender reused an edXML id,
     * the newest such document the reporter received is meant.
     */
    private HubDocumentId documentConcerned(AgencyCode reporter, StatusPackage status) {
        AgencyCode sender = AgencyCode.of(status.responseFor().organId());
        String edxmlId = status.responseFor().documentId();
        Optional<HubDocumentId> received = documents.latestReceivedUnder(sender, edxmlId, reporter);
        if (received.isPresent()) {
            return received.get();
        }
        if (!documents.anySentUnder(sender, edxmlId)) {
            throw new UnknownDocumentException(edxmlId, "Status/ResponseFor/DocumentId");
        }
        throw new NotYoursException(edxmlId, "Status/ResponseFor/DocumentId");
    }

    private static String bounded(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }
}
