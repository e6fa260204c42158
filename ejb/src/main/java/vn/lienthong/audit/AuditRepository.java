package vn.lienthong.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.lienthong.platform.paging.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit log's rows. The search's five filters combine freely, so it is built with the Criteria
 * API rather than named 32 times (as {@code OutboxItemRepository#failedInOrder} does).
 */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    void add(AuditEntry entry) {
        em.persist(entry);
    }

    Page<AuditEntry> search(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(where(cb, entry, query)).orderBy(cb.desc(entry.get("at")), cb.desc(entry.get("id")));
        List<AuditEntry> rows = em.createQuery(select).setFirstResult(query.page().offset())
                .setMaxResults(query.page().size()).getResultList();

        var count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(where(cb, counted, query));
        return new Page<>(rows, query.page().page(), query.page().size(), em.createQuery(count).getSingleResult());
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        query.from().ifPresent(from -> where.add(cb.greaterThanOrEqualTo(entry.get("at"), from)));
        query.to().ifPresent(to -> where.add(cb.lessThan(entry.get("at"), to)));
        query.actor().ifPresent(actor -> where.add(cb.equal(entry.get("actor"), actor)));
        query.action().ifPresent(action -> where.add(cb.equal(entry.get("action"), action)));
        query.target().ifPresent(target -> where.add(cb.equal(entry.get("target"), target)));
        return where.toArray(Predicate[]::new);
    }
}
