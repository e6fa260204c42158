package vn.lienthong.reporting.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Obligations of opened periods. */
@ApplicationScoped
public class ObligationRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<Obligation> find(String periodId, AgencyCode agency) {
        return em.createNamedQuery("Obligation.of", Obligation.class)
                .setParameter("period", periodId).setParameter("agency", agency)
                .getResultStream().findFirst();
    }

    /** The obligation locked for the rest of the transaction: submissions of one reporter take turns. */
    public Optional<Obligation> lock(String periodId, AgencyCode agency) {
        return em.createNamedQuery("Obligation.of", Obligation.class)
                .setParameter("period", periodId).setParameter("agency", agency)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Obligation byId(long id) {
        return em.find(Obligation.class, id);
    }

    public List<Obligation> ofReporter(AgencyCode agency, int limit) {
        return em.createNamedQuery("Obligation.ofReporter", Obligation.class).setParameter("agency", agency)
                .setMaxResults(limit).getResultList();
    }

    public List<Obligation> toRecipient(String periodId, AgencyCode recipient) {
        return em.createNamedQuery("Obligation.toRecipient", Obligation.class)
                .setParameter("period", periodId).setParameter("recipient", recipient).getResultList();
    }

    public List<Obligation> ofPeriod(String periodId) {
        return em.createNamedQuery("Obligation.ofPeriod", Obligation.class).setParameter("period", periodId).getResultList();
    }

    List<Obligation> toRemind(Instant now, Instant horizon, int limit) {
        return em.createNamedQuery("Obligation.toRemind", Obligation.class)
                .setParameter("now", now).setParameter("horizon", horizon).setMaxResults(limit).getResultList();
    }

    List<Obligation> newlyOverdue(Instant now, int limit) {
        return em.createNamedQuery("Obligation.newlyOverdue", Obligation.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** How many obligations are missing after their deadline (thiếu báo cáo), at {@code now}. */
    long overdueCount(Instant now) {
        return em.createNamedQuery("Obligation.overdueCount", Long.class).setParameter("now", now).getSingleResult();
    }

    /** Per level and deadline, how many reporters owe by it. */
    List<Object[]> deadlines(String periodId) {
        return em.createNamedQuery("Obligation.deadlines", Object[].class).setParameter("period", periodId).getResultList();
    }

    /** Flushed at once, so that the period's answer (its deadlines) is read from what was just written. */
    void addAll(List<Obligation> all) {
        all.forEach(em::persist);
        em.flush();
    }

    /** Reports not yet submitted: how many are still due (deadline ahead) and how many are late, in one count. */
    public Map<String, Long> openCounts(Instant now) {
        Object[] row = em.createNamedQuery("Obligation.openCounts", Object[].class).setParameter("now", now).getSingleResult();
        return Map.of("due", row[0] == null ? 0L : ((Number) row[0]).longValue(),
                "late", row[1] == null ? 0L : ((Number) row[1]).longValue());
    }
}
