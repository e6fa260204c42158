package vn.lienthong.exchange.submission;

import vn.lienthong.exchange.receipt.PreparedReceipt;
import vn.lienthong.exchange.receipt.Receipts;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.edxml.BusinessType;
import java.time.Clock;
import java.time.Instant;
import vn.lienthong.exchange.receipt.SignedReceiptView;
import vn.lienthong.signature.verification.SignatureVerdicts;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.evidence.log.RefusalEvidence;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.exchange.delivery.BrokerAvailability;
import vn.lienthong.exchange.delivery.DeliveryRelay;
import vn.lienthong.directory.federation.FederationSettings;
import vn.lienthong.directory.federation.Upstream;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.ForgedTraceHeaderException;
import vn.lienthong.exchange.document.HopTrail;
import vn.lienthong.exchange.document.Hops;
import vn.lienthong.exchange.document.PackageSpooler;
import vn.lienthong.exchange.document.SpooledPackage;
import vn.lienthong.exchange.document.TraceHeaderAppender;
import vn.lienthong.exchange.document.WrongPackageKindException;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.exchange.edxml.Organization;
import vn.lienthong.exchange.edxml.TraceHeader;
import vn.lienthong.exchange.relay.Arrival;
import vn.lienthong.exchange.relay.InvalidRelayException;
import vn.lienthong.exchange.relay.RecipientRouting;
import vn.lienthong.exchange.relay.RelayAuthority;
import vn.lienthong.exchange.relay.RelayRequest;
import vn.lienthong.exchange.relay.Route;
import vn.lienthong.exchange.relay.Whereabouts;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.signature.verification.PackageOrigin;
import vn.lienthong.signature.verification.PackageSignatures;
import vn.lienthong.signature.verification.PackageVerifier;
import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.verification.SignatureVerdict;
import vn.lienthong.signature.xmldsig.SignatureScan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accepts a document package from a sender: reads and checks it outside any transaction (a large
 * upload must not hold one open), registers it in one transaction with its deliveries, and once
 * that has committed hands the deliveries to the broker. A package is refused whole or accepted
 * whole; a refusal stores nothing; a retry gets the first answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionService {

    private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());

    @Inject
    SubmissionMetrics metrics;

    @Inject
    PackageSpooler spooler;

    @Inject
    EdxmlLimits limits;

    @EJB
    DirectoryService directory;

    @EJB
    DocumentRegistry registry;

    @Inject
    DeliveryRelay relay;

    @Inject
    BrokerAvailability broker;

    @EJB
    PackageSignatures signatures;

    @Inject
    TraceHeaderAppender traceHeaders;

    @EJB
    PdfAttachmentSignatureCheck pdfChecks;

    @EJB
    SignatureVerdicts verdicts;

    @EJB
    Receipts receipts;

    @Inject
    RefusalEvidence refusals;

    @Inject
    FederationSettings federation;

    @Inject
    Clock clock;

    /**
     * An agency sends a package: {@link #submit} it, then answer with everything the sender is told
     * (REST {@code POST /api/v1/documents} and SOAP {@code sendPackage} alike): the receipt, the
     * signature verdicts and the signed acceptance receipt. A replay answers the first answer again,
     * with the same signed receipt.
     */
    public SubmissionAnswer send(AgencyCode sender, InputStream body, Optional<String> idempotencyKey) {
        return send(sender, body, idempotencyKey, Optional.empty());
    }

    /**
     * As {@link #send(AgencyCode, InputStream, Optional)}, or, with {@code relay}, a peer hub relaying
     * another hub's package (docs/federation.md): the caller must be a hub account allowed to relay
     * for the package's sender, the announced hops are taken out exactly, and the document is
     * registered under its real sender, for the recipients {@code relay} names only.
     */
    public SubmissionAnswer send(AgencyCode caller, InputStream body, Optional<String> idempotencyKey,
                                 Optional<RelayRequest> relay) {
        SubmissionReceipt receipt = submit(caller, body, idempotencyKey, PackageOrigin.AGENCY, relay, true);
        Optional<SignedReceiptView> signed;
        try {
            // The receipt is the sender's: for a relayed package, the agency at the first hop, not the caller.
            signed = Optional.of(receipts.acceptance(receipt.sender(), receipt.documentId()));
        } catch (EJBException e) {
            // The document is accepted either way; the receipt can be fetched later.
            LOG.log(Level.WARNING, e, () -> "Acceptance receipt of " + receipt.documentId() + " not made now");
            signed = Optional.empty();
        }
        return new SubmissionAnswer(receipt, verdicts.of(receipt.documentId().value()), signed);
    }

    public SubmissionReceipt submit(AgencyCode sender, InputStream body) {
        return submit(sender, body, Optional.empty());
    }

    /**
     * Accepts the package, or answers as it did the first time when this is a retry: the same
     * {@code idempotencyKey} with the same bytes, or the same bytes from the same sender. The same
     * key with other bytes is refused (IDEMPOTENCY_KEY_REUSED), and so is another package claiming a
     * DocumentId this sender already used with the same business type (DOCUMENT_ID_REUSED): never
     * dropped as a replay of the first.
     */
    public SubmissionReceipt submit(AgencyCode sender, InputStream body, Optional<String> idempotencyKey) {
        return submit(sender, body, idempotencyKey, PackageOrigin.AGENCY, Optional.empty(), false);
    }

    /**
     * A package the hub built and signed itself in {@code sender}'s name (a dossier step's hand-over):
     * the only way in for a package signed with the hub's key, which then gets the verdict
     * HUB_SIGNED (docs/signatures.md). Never reachable from REST or SOAP.
     */
    public SubmissionReceipt submitOriginatedByHub(AgencyCode sender, InputStream body, Optional<String> idempotencyKey) {
        return submit(sender, body, idempotencyKey, PackageOrigin.HUB, Optional.empty(), false);
    }

    /** Every submission's refusal is counted by its problem code (SubmissionMetrics), whichever check refused it. */
    private SubmissionReceipt submit(AgencyCode sender, InputStream body, Optional<String> idempotencyKey, PackageOrigin origin,
                                     Optional<RelayRequest> relay, boolean withReceipt) {
        try {
            return accept(sender, body, idempotencyKey, origin, relay, withReceipt);
        } catch (BusinessException e) {
            refused(sender, e);
            throw e;
        }
    }

    private void refused(AgencyCode sender, BusinessException e) {
        metrics.refused(e.code());
        refusals.refused(sender, e.code());
    }

    /**
     * @param withReceipt whether the sender is answered with the signed acceptance receipt at once
     *                    ({@link #send}): it is then signed before the registration and stored in its
     *                    transaction, rather than in a transaction of its own afterwards
     */
    private SubmissionReceipt accept(AgencyCode caller, InputStream body, Optional<String> idempotencyKey, PackageOrigin origin,
                                     Optional<RelayRequest> relay, boolean withReceipt) {
        Optional<AgencyCode> upstream = federation.upstream().map(Upstream::code);
        RelayAuthority authority = new RelayAuthority(upstream);
        Hops hops = Hops.none();
        InputStream senderBytes = body;
        if (relay.isPresent()) {
            // Refused before a byte is read: only a hub account relays.
            authority.requireHub(caller, directory.countServedBy(caller));
            HopTrail.Stripped stripped = strip(body, relay.get(), caller);
            hops = new Hops(stripped.hops());
            senderBytes = stripped.senderBytes();
        }
        try (SpooledPackage spooled = spooler.spool(senderBytes); AttachmentFiles attachments = AttachmentFiles.under(pdfChecks.scratch())) {
            if (relay.isEmpty()) {
                Optional<SubmissionReceipt> replay = replayOf(caller, spooled, idempotencyKey);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            // One pass reads the package, decodes its attachments and digests it for its signature.
            SignatureScan signatureScan = SignatureScan.firstPass();
            DocumentPackage document = readDocument(spooled, attachments, signatureScan);
            AgencyCode sender;
            Arrival arrival;
            if (relay.isPresent()) {
                // A relayed document is the real sender's, registered and deduplicated under it.
                sender = AgencyCode.of(document.header().from().organId());
                arrival = authority.arrival(caller, directory.countServedBy(caller), sender, whereabouts(sender));
                Optional<SubmissionReceipt> replay = replayOf(sender, spooled, idempotencyKey);
                if (replay.isPresent()) {
                    return replay.get();
                }
            } else {
                sender = caller;
                arrival = Arrival.fromAgency();
                checkSender(sender, document.header().from(), "MessageHeader/From/OrganId");
            }
            traceHeaders.refuseForged(document);
            List<Reroute> reroutes = new ArrayList<>();
            List<Route> routes = routeRecipients(document.header().to(), relay, arrival, new RecipientRouting(upstream), reroutes);
            List<AgencyCode> recipients = routes.stream().map(Route::recipient).toList();
            String edxmlId = DocumentRegistry.edxmlDocumentId(sender, document.header());
            Optional<EarlierDocument> earlier = EarlierDocument.namedBy(document, edxmlId);
            Optional<SubmissionReceipt> sameBytes = replayOrRefuseClaimed(sender, edxmlId, document, spooled);
            if (sameBytes.isPresent()) {
                return sameBytes.get(); // the same bytes, committed by a concurrent retry since the first look
            }
            // Verified from the spooled bytes, which are the bytes stored and delivered (docs/signatures.md).
            SignatureVerdict verdict = signatures.judge(sender, PackageVerifier.PackageBytes.scannedBy(spooled::open, signatureScan),
                    document.signed(), origin);
            // Informational: whatever the PDF signatures say, the package is accepted as its own verdict decides.
            List<PdfAttachmentSignatures> pdfSignatures = document.attachments().isEmpty() ? List.of()
                    : pdfChecks.check(document, attachments);
            broker.ensureAvailable();
            Instant receivedAt = clock.instant(); // read before the id, as the registration did when it made both
            HubDocumentId id = HubDocumentId.next(clock);
            Optional<PreparedReceipt> acceptance = withReceipt && document.businessType() != BusinessType.REVOKE
                    ? signedAhead(id, edxmlId, spooled.sha256Hex(), sender, recipients, receivedAt) : Optional.empty();
            SubmissionReceipt receipt;
            try {
                receipt = registry.register(id, receivedAt, sender, document, earlier, routes, reroutes, spooled, idempotencyKey,
                        verdict, pdfSignatures, arrival.peer(), hops, acceptance);
            } catch (DuplicateSubmissionException | EJBException e) {
                if (!(e instanceof DuplicateSubmissionException) && !ConcurrentUpdates.lostInsertRace(e)) {
                    throw e;
                }
                // A concurrent submission committed first (the unique constraints decided): a retry of the
                // same bytes gets its answer; anything else is refused as it would have been had it come second.
                Optional<SubmissionReceipt> first = replayOf(sender, spooled, idempotencyKey)
                        .or(() -> replayOrRefuseClaimed(sender, edxmlId, document, spooled));
                return first.orElseThrow(() -> e);
            }
            // Recipients behind another hub go by the relay queue, written with the document; the broker delivers the rest.
            List<AgencyCode> local = routes.stream().filter(r -> r.kind() == Route.Kind.LOCAL).map(Route::recipient).toList();
            List<AgencyCode> deliverLocally = receipt.recipients().stream().filter(local::contains).toList();
            if (!deliverLocally.isEmpty()) {
                this.relay.relay(receipt.documentId(), deliverLocally);
            }
            return receipt;
        }
    }

    /**
     * The acceptance receipt, signed before the document is registered; none when signing failed
     * (the document is accepted either way, and {@link #send} makes the receipt afterwards or says
     * it can be fetched later, as before).
     */
    private Optional<PreparedReceipt> signedAhead(HubDocumentId id, String edxmlId, String sha256, AgencyCode sender,
                                                  List<AgencyCode> recipients, Instant receivedAt) {
        try {
            return Optional.of(receipts.signAcceptance(id, edxmlId, sha256, sender, recipients, receivedAt));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, e, () -> "Acceptance receipt of " + id + " not signed ahead");
            return Optional.empty();
        }
    }

    /** The first answer, when this is a retry: the same Idempotency-Key with the same bytes, or the same bytes. */
    private Optional<SubmissionReceipt> replayOf(AgencyCode sender, SpooledPackage spooled, Optional<String> idempotencyKey) {
        return idempotencyKey.flatMap(key -> replayOfKey(sender, key, spooled))
                .or(() -> registry.findByBytes(sender, spooled.sha256Hex()).map(first -> registry.receiptOf(first).asReplay()));
    }

    /**
     * Refuses a package claiming a DocumentId this sender already used, with the same business type,
     * for other bytes; for the same bytes (a retry that raced with its first) answers the first
     * answer. An update claims none: it carries the DocumentId of the document it updates, which may
     * be updated again ({@link Document}).
     */
    private Optional<SubmissionReceipt> replayOrRefuseClaimed(AgencyCode sender, String edxmlId, DocumentPackage document,
                                                               SpooledPackage spooled) {
        String claimed = Document.documentKey(edxmlId, document.businessType());
        if (claimed == null) {
            return Optional.empty();
        }
        return registry.findClaiming(sender, claimed, document.businessType()).map(first -> {
            if (!first.sha256().equals(spooled.sha256Hex())) {
                throw new DocumentIdReusedException(edxmlId, first.id());
            }
            return registry.receiptOf(first).asReplay();
        });
    }

    private Optional<SubmissionReceipt> replayOfKey(AgencyCode sender, String key, SpooledPackage spooled) {
        return registry.findByKey(sender, key).map(first -> {
            if (!first.sha256().equals(spooled.sha256Hex())) {
                throw new IdempotencyKeyReusedException(key, first.id());
            }
            return registry.receiptOf(first).asReplay();
        });
    }

    private DocumentPackage readDocument(SpooledPackage spooled, AttachmentFiles attachments, SignatureScan signatureScan) {
        EdxmlPackage pkg;
        try (InputStream in = spooled.open()) {
            pkg = new EdxmlReader(limits).read(in, attachments, signatureScan::event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pkg instanceof DocumentPackage document) {
            return document;
        }
        throw new WrongPackageKindException(true);
    }

    public static void checkSender(AgencyCode authenticated, Organization from, String element) {
        AgencyCode claimed = AgencyCode.of(from.organId());
        if (!claimed.equals(authenticated)) {
            throw new SenderMismatchException(authenticated, from.organId(), element);
        }
    }

    /**
     * Each {@code To} must name an active agency, or a retired one whose work an active successor
     * took over: the document then goes to the successor, and {@code reroutes} says so. A recipient
     * named twice (or by its old and new codes) gets the document once. Each is then routed
     * ({@link RecipientRouting}): delivered here, or relayed to the peer hub that reaches it; one no
     * hub reaches is refused. Of a relayed package, only the recipients the relaying hub names count.
     */
    private List<Route> routeRecipients(List<Organization> to, Optional<RelayRequest> relay, Arrival arrival,
                                        RecipientRouting routing, List<Reroute> reroutes) {
        Set<AgencyCode> addressed = new LinkedHashSet<>();
        Map<AgencyCode, Route> routes = new java.util.LinkedHashMap<>();
        int index = 0;
        for (Organization o : to) {
            index++;
            AgencyCode code = AgencyCode.of(o.organId());
            addressed.add(code);
            if (relay.isPresent() && !relay.get().relayFor().contains(code)) {
                continue; // another branch of the federation serves it
            }
            String element = "MessageHeader/To[" + index + "]/OrganId";
            Optional<Agency> found = directory.findAgency(code);
            AgencyCode recipient = code;
            Whereabouts where = Whereabouts.unknown();
            if (found.isPresent()) {
                Agency agency = found.get();
                if (!agency.isActive()) {
                    agency = directory.activeSuccessor(agency).orElseThrow(() -> new InactiveRecipientException(code, element));
                    recipient = agency.code();
                }
                where = agency.servedBy().map(Whereabouts::servedBy).orElse(Whereabouts.here());
            }
            Route route = routing.route(recipient, where, arrival);
            if (route.kind() == Route.Kind.UNKNOWN) {
                throw new UnknownRecipientException(code, element);
            }
            if (routes.putIfAbsent(recipient, route) == null && !recipient.equals(code)) {
                reroutes.add(new Reroute(code, recipient));
            }
        }
        if (relay.isPresent()) {
            for (AgencyCode named : relay.get().relayFor()) {
                if (!addressed.contains(named)) {
                    throw InvalidRelayException.notAddressed(named.value());
                }
            }
        }
        return new ArrayList<>(routes.values());
    }

    /**
     * The sender's bytes of a relayed package and the hops it passed: exactly as many as announced,
     * the last one the relaying hub's, and none this hub's own (a loop).
     */
    private HopTrail.Stripped strip(InputStream body, RelayRequest relay, AgencyCode caller) {
        HopTrail.Stripped stripped;
        try {
            stripped = HopTrail.strip(body, relay.hops());
            new Hops(stripped.hops()); // each names an agency code
        } catch (IllegalArgumentException e) {
            throw InvalidRelayException.hops(e.getMessage());
        }
        TraceHeader last = stripped.hops().get(stripped.hops().size() - 1);
        if (!caller.value().equals(last.organId())) {
            throw InvalidRelayException.lastHop(last.organId(), caller.value());
        }
        for (int i = 0; i < stripped.hops().size(); i++) {
            if (traceHeaders.hubCode().value().equals(stripped.hops().get(i).organId())) {
                throw new ForgedTraceHeaderException(traceHeaders.hubCode().value(), "TraceHeaderList/TraceHeader/OrganId");
            }
        }
        return stripped;
    }

    private Whereabouts whereabouts(AgencyCode agency) {
        return Whereabouts.of(directory.findAgency(agency).map(Agency::servedBy));
    }
}
