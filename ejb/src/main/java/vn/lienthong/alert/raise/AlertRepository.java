package vn.lienthong.alert.raise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Raised alerts: the active ones, the history, one by id. */
@ApplicationScoped
public class AlertRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    /** Persists and flushes, so that the rule can point at the new alert's id in the same transaction. */
    void add(Alert alert) {
        em.persist(alert);
        em.flush();
    }

    Optional<Alert> find(long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    /** Whether an alert of the rule was cleared at or after {@code since} (another server recorded the same outage). */
    boolean clearedSince(String ruleCode, Instant since) {
        return em.createNamedQuery(Alert.CLEARED_SINCE, Long.class).setParameter("rule", ruleCode).setParameter("since", since)
                .getSingleResult() > 0;
    }

    public List<Alert> active() {
        return em.createNamedQuery(Alert.ACTIVE, Alert.class).getResultList();
    }

    /** Raised alerts, cleared or not, latest first. */
    public List<Alert> recent(int limit) {
        return em.createNamedQuery(Alert.RECENT, Alert.class).setMaxResults(limit).getResultList();
    }
}
