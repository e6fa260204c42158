package vn.lienthong.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries as the transport reads them: one document to one recipient, a document's recipients, an
 * inbox.
 */
@ApplicationScoped
public class DeliveryRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public void add(Delivery delivery) {
        em.persist(delivery);
    }

    /** The delivery of {@code document} to {@code recipient}, if the hub queued one. */
    public Optional<Delivery> find(HubDocumentId document, AgencyCode recipient) {
        return em.createNamedQuery(Delivery.OF_DOCUMENT_TO, Delivery.class)
                .setParameter("document", document)
                .setParameter("recipient", recipient)
                .getResultStream().findFirst();
    }

    /** A document's deliveries in the order they were queued. */
    public List<Delivery> ofDocument(HubDocumentId document) {
        return em.createNamedQuery(Delivery.OF_DOCUMENT, Delivery.class).setParameter("document", document).getResultList();
    }

    /** The deliveries of several documents at once (a page of a sent list), in the order they were queued. */
    public List<Delivery> ofDocuments(Collection<HubDocumentId> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Delivery.OF_DOCUMENTS, Delivery.class)
                .setParameter("documents", documents.stream().distinct().toList()).getResultList();
    }

    /**
     * A recipient's inbox in document order, after a cursor: at most {@code max} deliveries in one of
     * {@code states}. One index range scan (ix_delivery_inbox), however large the table.
     */
    public List<Delivery> inbox(AgencyCode recipient, List<DeliveryState> states, Optional<HubDocumentId> after, int max) {
        var query = em.createNamedQuery(after.isPresent() ? Delivery.INBOX_AFTER : Delivery.INBOX, Delivery.class)
                .setParameter("me", recipient)
                .setParameter("states", states)
                .setMaxResults(max);
        after.ifPresent(cursor -> query.setParameter("after", cursor));
        return query.getResultList();
    }
}
