package vn.lienthong.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Predicate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The items of every queue as the outbox reads them: due ones, a key's, failed ones, counts. */
@ApplicationScoped
public class OutboxItemRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public void add(OutboxItem item) {
        em.persist(item);
    }

    public Optional<OutboxItem> find(long id) {
        return Optional.ofNullable(em.find(OutboxItem.class, id));
    }

    /**
     * Up to {@code limit} ids of a queue's pending items due at {@code now}, oldest due first; when
     * {@code ordered}, only those with no earlier item of their key still pending or FAILED; in any
     * queue, none that waits for an item still pending or FAILED ({@link OutboxItem#mayGoAfter}).
     */
    public List<Long> due(String queue, boolean ordered, Instant now, int limit) {
        return em.createNamedQuery(ordered ? OutboxItem.DUE_IN_KEY_ORDER : OutboxItem.DUE, Long.class)
                .setParameter("queue", queue).setParameter("pending", OutboxState.PENDING)
                .setParameter("now", now).setParameter("holding", KeyOrder.HOLDING_BACK)
                .setMaxResults(limit).getResultList();
    }

    /** The items of one key, in their order. */
    public List<OutboxItem> ofKey(String queue, String key) {
        return em.createNamedQuery(OutboxItem.OF_KEY, OutboxItem.class)
                .setParameter("queue", queue).setParameter("key", key).getResultList();
    }

    /** The items of one key in one of {@code states}, in no particular order. */
    public List<OutboxItem> ofKey(String queue, String key, Collection<OutboxState> states) {
        return em.createNamedQuery(OutboxItem.OF_KEY_IN, OutboxItem.class)
                .setParameter("queue", queue).setParameter("key", key).setParameter("states", states)
                .getResultList();
    }

    public Optional<OutboxItem> find(String queue, String key, long seq) {
        return em.createNamedQuery(OutboxItem.ONE, OutboxItem.class)
                .setParameter("queue", queue).setParameter("key", key).setParameter("seq", seq)
                .getResultStream().findFirst();
    }

    /** Up to {@code limit} FAILED items of a queue, by key and number. */
    public List<OutboxItem> failed(String queue, int limit) {
        return failedQuery(queue).setMaxResults(limit).getResultList();
    }

    /** Every FAILED item of a queue. */
    public List<OutboxItem> failed(String queue) {
        return failedQuery(queue).getResultList();
    }

    private TypedQuery<OutboxItem> failedQuery(String queue) {
        return em.createNamedQuery(OutboxItem.FAILED, OutboxItem.class)
                .setParameter("queue", queue).setParameter("failed", OutboxState.FAILED);
    }

    /**
     * Up to {@code limit} FAILED items of a queue by number, then key, optionally of one key and after a
     * number. Its filters combine freely, so it is built with the Criteria API rather than named four
     * times.
     */
    public List<OutboxItem> failedInOrder(String queue, Optional<String> key, Optional<Long> after, int limit) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(OutboxItem.class);
        var i = query.from(OutboxItem.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(i.get("queue"), queue));
        where.add(cb.equal(i.get("state"), OutboxState.FAILED));
        key.ifPresent(k -> where.add(cb.equal(i.get("key"), k)));
        after.ifPresent(a -> where.add(cb.greaterThan(i.<Long>get("seq"), a)));
        query.select(i).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(i.get("seq")), cb.asc(i.get("key")));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** The latest item of each key, most recently queued first. */
    public List<OutboxItem> latestOfEachKey(String queue, int limit) {
        return em.createNamedQuery(OutboxItem.LATEST_OF_EACH_KEY, OutboxItem.class)
                .setParameter("queue", queue).setMaxResults(limit).getResultList();
    }

    /** How many items each queue holds in each state, for the pairs that occur: rows of queue, state, count. */
    public List<Object[]> counts() {
        return em.createNamedQuery(OutboxItem.COUNTS, Object[].class).getResultList();
    }

    /** When the oldest item still pending in any of {@code queues} was queued; empty when none is. */
    public Optional<Instant> oldestPending(Collection<String> queues) {
        return em.createNamedQuery(OutboxItem.OLDEST_PENDING, Instant.class).setParameter("queues", queues)
                .setParameter("pending", OutboxState.PENDING).setMaxResults(1).getResultList().stream().findFirst();
    }
}
