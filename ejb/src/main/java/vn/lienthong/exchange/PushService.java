package vn.lienthong.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.Slice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    @Inject
    @ConfigProperty(name = "lienthong.push.backoff", defaultValue = "10s,30s,2m,10m,30m,1h,2h")
    String backoffSetting;

    private PushBackoff backoff;

    @PostConstruct
    void readSettings() {
        backoff = PushBackoff.parse(backoffSetting);
    }

    /**
     * Claims up to {@code limit} pushes that are due. A claim moves the row's due time past the
     * lease by a conditional update, so of several servers only one pushes a delivery, and a server
     * that dies mid-push leaves it to be tried again when the lease runs out.
     */
    public List<PushOrder> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        List<Delivery> due = em.createQuery("select d from Delivery d where d.pushState = :pending and d.nextPushAt <= :now "
                        + "order by d.nextPushAt", Delivery.class)
                .setParameter("pending", PushState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        List<PushOrder> claimed = new ArrayList<>();
        for (Delivery d : due) {
            int updated = em.createQuery("update Delivery d set d.nextPushAt = :leaseEnd "
                            + "where d.id = :id and d.pushState = :pending and d.nextPushAt <= :now")
                    .setParameter("leaseEnd", now.plus(lease))
                    .setParameter("id", d.id())
                    .setParameter("pending", PushState.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (updated != 1) {
                continue;
            }
            PushEndpoint endpoint = em.find(PushEndpoint.class, d.recipient().value());
            Document document = em.find(Document.class, d.documentId().value());
            if (endpoint == null) {
                em.refresh(d);
                d.cancelPush();
                continue;
            }
            claimed.add(new PushOrder(d.id(), d.documentId(), document.sender(), d.recipient(), document.sizeBytes(),
                    document.sha256(), endpoint.target(), d.pushAttempts() + 1));
        }
        return claimed;
    }

    public void succeeded(long deliveryId) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d != null && d.pushed(clock.instant())) {
            LOG.log(Level.FINE, "Document {0} pushed to {1}", new Object[]{d.documentId(), d.recipient()});
        }
    }

    public void failed(long deliveryId, String reason) {
        Delivery d = em.find(Delivery.class, deliveryId);
        if (d == null) {
            return;
        }
        d.pushFailed(reason, clock.instant(), backoff);
        if (d.pushState().orElse(null) == PushState.DEAD) {
            LOG.log(Level.WARNING, "Push of document {0} to {1} is dead after {2} attempts: {3}",
                    new Object[]{d.documentId(), d.recipient(), d.pushAttempts(), reason});
        }
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
