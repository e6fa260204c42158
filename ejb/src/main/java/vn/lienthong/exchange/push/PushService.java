package vn.lienthong.exchange.push;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.platform.crypto.SecretSealing;
import vn.lienthong.platform.crypto.UnreadableSecretException;
import vn.lienthong.platform.outbox.LeaseToken;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.platform.time.Backoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The push side of delivery: which pushes are due, what became of each attempt, and the dead-letter
 * list administrators work from. Attempts themselves are made by {@link PushScheduler}, outside any
 * transaction.
 */
@Stateless
public class PushService {

    private static final Logger LOG = Logger.getLogger(PushService.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    SecretSealing sealing;

    @Inject
    @ConfigProperty(name = "lienthong.push.backoff", defaultValue = "10s,30s,2m,10m,30m,1h,2h")
    String backoffSetting;

    private Backoff backoff;

    @PostConstruct
    void readSettings() {
        backoff = Backoff.parse(backoffSetting);
    }

    /** Up to {@code limit} pushes that are due, oldest first; listing claims nothing ({@link #claim}). */
    public List<Long> due(int limit) {
        return em.createQuery("select d.id from Delivery d where d.pushState = :pending and d.nextPushAt <= :now "
                        + "order by d.nextPushAt", Long.class)
                .setParameter("pending", PushState.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims one due push for one attempt (platform.outbox.Lease), in a transaction of its own: its due time
     * moves past the lease, so of several servers only one pushes a delivery, and a server that dies
     * mid-push leaves it to be tried again when the lease runs out. Empty when the push is not due
     * any more (another server claimed it, the document was fetched) or its endpoint is gone.
     */
    public Optional<PushOrder> claim(long deliveryId, Duration lease) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d == null) {
            return Optional.empty();
        }
        PushEndpoint endpoint = em.find(PushEndpoint.class, d.recipient().value());
        if (endpoint == null) {
            d.cancelPush();
            return Optional.empty();
        }
        Optional<LeaseToken> token = d.claimPush(clock.instant(), lease);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Document document = em.find(Document.class, d.documentId().value());
        Optional<String> secret = Optional.empty();
        Optional<String> cannotPush = Optional.empty();
        try {
            secret = endpoint.sealedSecret().map(sealed -> sealing.open(sealed, PushEndpoint.sealingContext(endpoint.agency())));
        } catch (UnreadableSecretException e) {
            cannotPush = Optional.of("The endpoint's secret cannot be opened on this server: " + e.getMessage());
        }
        // Without its secret the endpoint is not called at all (cannotPush): no credential in the target then.
        PushTarget target = cannotPush.isPresent() ? new PushTarget(endpoint.url(), Optional.empty(), Optional.empty())
                : new PushTarget(endpoint.url(), endpoint.user(), secret);
        return Optional.of(new PushOrder(d.id(), d.documentId(), document.sender(), d.recipient(), document.sizeBytes(),
                document.sha256(), target, d.pushAttempts() + 1, token.get(), cannotPush));
    }

    /** @return false when the push was not recorded: no longer pending, or {@code holder} lost its lease */
    public boolean succeeded(long deliveryId, LeaseToken holder) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d != null && d.pushed(clock.instant(), holder)) {
            LOG.log(Level.FINE, "Document {0} pushed to {1}", new Object[]{d.documentId(), d.recipient()});
            return true;
        }
        return false;
    }

    /** @return false when the failure was not recorded: no longer pending, or {@code holder} lost its lease */
    public boolean failed(long deliveryId, String reason, LeaseToken holder) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d == null || !d.pushFailed(reason, clock.instant(), backoff, holder)) {
            return false;
        }
        if (d.pushState().orElse(null) == PushState.DEAD) {
            LOG.log(Level.WARNING, "Push of document {0} to {1} is dead after {2} attempts: {3}",
                    new Object[]{d.documentId(), d.recipient(), d.pushAttempts(), reason});
        }
        return true;
    }

    /** The dead-letter list, oldest first, optionally for one recipient. */
    public Slice<DeadPush> deadLetters(Optional<AgencyCode> recipient, Optional<Long> after, int limit) {
        String jpql = "select d from Delivery d where d.pushState = :dead"
                + (recipient.isPresent() ? " and d.recipientCode = :recipient" : "")
                + (after.isPresent() ? " and d.id > :after" : "") + " order by d.id";
        TypedQuery<Delivery> query = em.createQuery(jpql, Delivery.class)
                .setParameter("dead", PushState.DEAD)
                .setMaxResults(limit + 1);
        recipient.ifPresent(r -> query.setParameter("recipient", r.value()));
        after.ifPresent(a -> query.setParameter("after", a));
        List<Delivery> found = query.getResultList();
        boolean more = found.size() > limit;
        List<Delivery> page = more ? found.subList(0, limit) : found;
        return new Slice<>(page.stream().map(DeadPush::of).toList(),
                more ? Optional.of(Long.toString(page.get(page.size() - 1).id())) : Optional.empty());
    }

    /** Sends one dead push again; the document's delivery must exist. */
    public PushState redrive(HubDocumentId document, AgencyCode recipient) {
        List<Delivery> found = em.createQuery(
                        "select d from Delivery d where d.documentId = :doc and d.recipientCode = :recipient", Delivery.class)
                .setParameter("doc", document.value())
                .setParameter("recipient", recipient.value())
                .getResultList();
        if (found.isEmpty()) {
            throw new UnknownDocumentException(document.value());
        }
        Delivery d = found.get(0);
        if (d.pushState().isEmpty()) {
            throw new NotPushedException(document, recipient);
        }
        if (d.redrive(clock.instant())) {
            LOG.log(Level.INFO, "Push of document {0} to {1} re-driven by an administrator", new Object[]{document, recipient});
        }
        return d.pushState().orElseThrow();
    }

    /** Sends every dead push again, optionally only those for one recipient. */
    public int redriveAll(Optional<AgencyCode> recipient) {
        String jpql = "select d from Delivery d where d.pushState = :dead"
                + (recipient.isPresent() ? " and d.recipientCode = :recipient" : "");
        TypedQuery<Delivery> query = em.createQuery(jpql, Delivery.class).setParameter("dead", PushState.DEAD);
        recipient.ifPresent(r -> query.setParameter("recipient", r.value()));
        Instant now = clock.instant();
        int count = 0;
        for (Delivery d : query.getResultList()) {
            if (d.redrive(now)) {
                count++;
            }
        }
        LOG.log(Level.INFO, "{0} dead pushes re-driven by an administrator", count);
        return count;
    }
}
