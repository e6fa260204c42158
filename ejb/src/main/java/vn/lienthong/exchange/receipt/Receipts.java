package vn.lienthong.exchange.receipt;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.NotYoursException;
import vn.lienthong.signature.hubkey.HubSigning;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hub's signed receipts (biên nhận): an acceptance receipt for each accepted document, and a
 * delivery receipt for each recipient that confirmed its fetch. Made on first request and kept,
 * so the sender gets the same bytes every time; only the sender may have them. A submission that
 * answers with its acceptance receipt has it signed ahead and stored with the document
 * ({@link #signAcceptance}), so that request finds it made.
 *
 * <p>Whoever makes a receipt first locks its document's row: a replayed submission asks for the
 * acceptance receipt at the same moment as the first one, and without that order both would find
 * none, both sign, and the second insert would fail at commit (the transaction rolled back, and the
 * sender answered without its receipt). The second now waits, then finds the first one's receipt.
 * A receipt already stored is read without the lock: asking for it again takes no one's turn.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Receipts {

    private static final Logger LOG = Logger.getLogger(Receipts.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @EJB
    HubSigning hub;

    @Inject
    Clock clock;

    public SignedReceiptView acceptance(AgencyCode caller, HubDocumentId documentId) {
        SignedReceipt.Key key = new SignedReceipt.Key(documentId.value(), SignedReceipt.Kind.ACCEPTANCE, caller.value());
        documents.sentBy(caller, documentId);
        SignedReceipt existing = stored(key);
        if (existing != null) {
            return SignedReceiptView.of(existing);
        }
        Document document = documents.lock(documentId).orElseThrow();
        existing = stored(key);
        if (existing != null) {
            return SignedReceiptView.of(existing);
        }
        List<String> recipients = deliveries.ofDocument(documentId).stream().map(d -> d.recipient().value()).toList();
        ReceiptContent content = new ReceiptContent("acceptance", documentId.value(), document.edxmlDocumentId(),
                document.sha256(), caller.value(), recipients, document.receivedAt());
        return store(documentId, SignedReceipt.Kind.ACCEPTANCE, caller, content);
    }

    public SignedReceiptView delivery(AgencyCode caller, HubDocumentId documentId, AgencyCode recipient) {
        SignedReceipt.Key key = new SignedReceipt.Key(documentId.value(), SignedReceipt.Kind.DELIVERY, recipient.value());
        documents.sentBy(caller, documentId);
        SignedReceipt existing = stored(key);
        if (existing != null) {
            return SignedReceiptView.of(existing);
        }
        Document document = documents.lock(documentId).orElseThrow();
        existing = stored(key);
        if (existing != null) {
            return SignedReceiptView.of(existing);
        }
        Delivery delivery = deliveries.find(documentId, recipient)
                .orElseThrow(() -> new NotYoursException(documentId.value() + " for " + recipient, "recipient"));
        if (delivery.state() != DeliveryState.FETCHED || delivery.fetchedAt() == null) {
            throw new ReceiptNotAvailableException(documentId.value(), recipient);
        }
        ReceiptContent content = new ReceiptContent("delivery", documentId.value(), document.edxmlDocumentId(),
                document.sha256(), caller.value(), List.of(recipient.value()), delivery.fetchedAt());
        return store(documentId, SignedReceipt.Kind.DELIVERY, recipient, content);
    }

    /**
     * Signs, outside any transaction, the acceptance receipt of a document about to be registered,
     * with what {@link #acceptance} would put in it once the document is stored: the document's
     * registration then {@link #record records} it in its own transaction, and the sender's request
     * for it finds it made. One transaction and one log flush per submission fewer than signing it
     * in a transaction of its own after the registration (docs/benchmarks.md, "A cheap submission
     * path"). Not for a revocation: its recipients are known only inside the registration.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreparedReceipt signAcceptance(HubDocumentId documentId, String edxmlDocumentId, String sha256, AgencyCode sender,
                                          List<AgencyCode> recipients, Instant receivedAt) {
        ReceiptContent content = new ReceiptContent("acceptance", documentId.value(), edxmlDocumentId, sha256, sender.value(),
                recipients.stream().map(AgencyCode::value).toList(), receivedAt);
        ReceiptSigner.Signed signed = sign(documentId, content);
        return new PreparedReceipt(documentId.value(), SignedReceipt.Kind.ACCEPTANCE, sender.value(), signed.cms(),
                signed.timestamped());
    }

    /** Stores a receipt {@link #signAcceptance signed ahead}, in the caller's transaction (the document's registration). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(PreparedReceipt receipt) {
        em.persist(new SignedReceipt(receipt.documentId(), receipt.kind(), receipt.party(), receipt.cms(), receipt.timestamped(),
                clock.instant()));
    }

    private SignedReceiptView store(HubDocumentId documentId, SignedReceipt.Kind kind, AgencyCode party, ReceiptContent content) {
        ReceiptSigner.Signed signed = sign(documentId, content);
        SignedReceipt receipt = new SignedReceipt(documentId.value(), kind, party.value(), signed.cms(), signed.timestamped(),
                clock.instant());
        em.persist(receipt);
        return SignedReceiptView.of(receipt);
    }

    private ReceiptSigner.Signed sign(HubDocumentId documentId, ReceiptContent content) {
        try {
            return hub.signer().signReceipt(content.bytes());
        } catch (ReceiptSigner.TimestampUnavailable e) {
            LOG.log(Level.WARNING, "Receipt for {0} signed without a timestamp: the TSA did not answer ({1})",
                    new Object[]{documentId, e.getMessage()});
            return e.withoutTimestamp();
        }
    }

    /**
     * The receipt already made, if any. Asked once without a lock (a receipt, once stored, never
     * changes, so reading it needs no turn), and again under the document's lock before signing one.
     */
    /** The receipts already signed for a document, oldest first (the message monitor's story). */
    public List<IssuedReceiptView> issuedFor(HubDocumentId documentId) {
        return em.createNamedQuery(SignedReceipt.OF_DOCUMENT, SignedReceipt.class)
                .setParameter("document", documentId.value()).getResultList().stream().map(IssuedReceiptView::of).toList();
    }

    private SignedReceipt stored(SignedReceipt.Key key) {
        return em.find(SignedReceipt.class, key);
    }
}
