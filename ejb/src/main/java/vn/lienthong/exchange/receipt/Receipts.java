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
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.NotYoursException;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.signature.hubkey.HubSigning;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hub's signed receipts (biên nhận): an acceptance receipt for each accepted document, and a
 * delivery receipt for each recipient that confirmed its fetch. Made on first request and kept,
 * so the sender gets the same bytes every time; only the sender may have them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Receipts {

    private static final Logger LOG = Logger.getLogger(Receipts.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @EJB
    HubSigning hub;

    @Inject
    Clock clock;

    public SignedReceipt acceptance(AgencyCode caller, HubDocumentId documentId) {
        Document document = sentBy(caller, documentId);
        SignedReceipt existing = em.find(SignedReceipt.class,
                new SignedReceipt.Key(documentId.value(), SignedReceipt.Kind.ACCEPTANCE, caller.value()));
        if (existing != null) {
            return existing;
        }
        List<String> recipients = deliveries(documentId).stream().map(d -> d.recipient().value()).toList();
        ReceiptContent content = new ReceiptContent("acceptance", documentId.value(), document.edxmlDocumentId(),
                document.sha256(), caller.value(), recipients, document.receivedAt());
        return store(documentId, SignedReceipt.Kind.ACCEPTANCE, caller, content);
    }

    public SignedReceipt delivery(AgencyCode caller, HubDocumentId documentId, AgencyCode recipient) {
        Document document = sentBy(caller, documentId);
        SignedReceipt existing = em.find(SignedReceipt.class,
                new SignedReceipt.Key(documentId.value(), SignedReceipt.Kind.DELIVERY, recipient.value()));
        if (existing != null) {
            return existing;
        }
        Delivery delivery = deliveries(documentId).stream().filter(d -> d.recipient().equals(recipient)).findFirst()
                .orElseThrow(() -> new NotYoursException(documentId.value() + " for " + recipient, "recipient"));
        if (delivery.state() != DeliveryState.FETCHED || delivery.fetchedAt() == null) {
            throw new ReceiptNotAvailableException(documentId.value(), recipient);
        }
        ReceiptContent content = new ReceiptContent("delivery", documentId.value(), document.edxmlDocumentId(),
                document.sha256(), caller.value(), List.of(recipient.value()), delivery.fetchedAt());
        return store(documentId, SignedReceipt.Kind.DELIVERY, recipient, content);
    }

    private SignedReceipt store(HubDocumentId documentId, SignedReceipt.Kind kind, AgencyCode party, ReceiptContent content) {
        ReceiptSigner.Signed signed;
        try {
            signed = hub.signer().signReceipt(content.bytes());
        } catch (ReceiptSigner.TimestampUnavailable e) {
            LOG.log(Level.WARNING, "Receipt for {0} signed without a timestamp: the TSA did not answer ({1})",
                    new Object[]{documentId, e.getMessage()});
            signed = e.withoutTimestamp();
        }
        SignedReceipt receipt = new SignedReceipt(documentId.value(), kind, party.value(), signed.cms(), signed.timestamped(),
                clock.instant());
        em.persist(receipt);
        return receipt;
    }

    private Document sentBy(AgencyCode caller, HubDocumentId documentId) {
        Document document = em.find(Document.class, documentId.value());
        if (document == null) {
            throw new UnknownDocumentException(documentId.value());
        }
        if (!document.sender().equals(caller)) {
            throw new NotYoursException(documentId.value(), null);
        }
        return document;
    }

    private List<Delivery> deliveries(HubDocumentId documentId) {
        return em.createQuery("select d from Delivery d where d.documentId = :id order by d.id", Delivery.class)
                .setParameter("id", documentId.value()).getResultList();
    }
}
