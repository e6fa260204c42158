package vn.lienthong.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Up to {@code limit} deliveries still queued and neither accepted nor dispatched since {@code cutoff}, by id. */
    public List<Delivery> stale(Instant cutoff, int limit) {
        return em.createNamedQuery(Delivery.STALE, Delivery.class)
                .setParameter("queued", DeliveryState.QUEUED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Records a re-dispatch of delivery {@code id} at {@code now} when it is still stale: a conditional
     * bulk update, so that of several servers sweeping at once only one claims it.
     *
     * @return whether this call claimed it
     */
    public boolean claimStale(long id, Instant now, Instant cutoff) {
        return em.createNamedQuery(Delivery.CLAIM_STALE)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("queued", DeliveryState.QUEUED)
                .setParameter("cutoff", cutoff)
                .executeUpdate() == 1;
    }

    /** How many deliveries are in each state, for the states that occur. */
    public Map<DeliveryState, Long> countsByState() {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (Object[] row : em.createNamedQuery(Delivery.COUNTS, Object[].class).getResultList()) {
            counts.put((DeliveryState) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** How many deliveries reached their recipient in {@code [from, to)} (the console's traffic per day). */
    public long countDelivered(Instant from, Instant to) {
        return em.createNamedQuery(Delivery.COUNT_DELIVERED_BETWEEN, Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
