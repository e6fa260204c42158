package vn.lienthong.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.AgencyCode;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Puts a queued document into a recipient's inbox. */
@Stateless
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.node.name", defaultValue = "lienthong")
    String node;

    /**
     * Idempotent: a redelivered message finds the document already in the inbox and changes
     * nothing. A delivery the hub has no record of is an error, so the broker retries it and finally
     * moves it to the dead-letter queue, where an administrator sees it.
     */
    public void deliver(HubDocumentId document, AgencyCode recipient) {
        List<Delivery> found = em.createQuery(
                        "select d from Delivery d where d.documentId = :doc and d.recipientCode = :recipient", Delivery.class)
                .setParameter("doc", document.value())
                .setParameter("recipient", recipient.value())
                .getResultList();
        if (found.isEmpty()) {
            throw new IllegalStateException("No delivery of document " + document + " to " + recipient + " is recorded");
        }
        if (found.get(0).deliver(clock.instant(), node)) {
            LOG.log(Level.FINE, "Document {0} delivered to the inbox of {1}", new Object[]{document, recipient});
        }
    }
}
