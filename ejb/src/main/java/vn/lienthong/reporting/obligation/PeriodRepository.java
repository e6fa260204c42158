package vn.lienthong.reporting.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.reporting.period.PeriodKey;

import java.util.List;
import java.util.Optional;

/** Opened periods. */
@ApplicationScoped
public class PeriodRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<ReportPeriod> find(String regime, PeriodKey key) {
        return em.createNamedQuery("ReportPeriod.of", ReportPeriod.class)
                .setParameter("regime", regime).setParameter("key", key.text())
                .getResultStream().findFirst();
    }

    public ReportPeriod get(String regime, PeriodKey key) {
        return find(regime, key).orElseThrow(() -> new UnknownPeriodException(regime, key.text()));
    }

    public Optional<ReportPeriod> byId(String id) {
        return Optional.ofNullable(em.find(ReportPeriod.class, id));
    }

    public List<ReportPeriod> ofRegime(String regime) {
        return em.createNamedQuery("ReportPeriod.ofRegime", ReportPeriod.class).setParameter("regime", regime).getResultList();
    }

    /** Flushed at once: obligations reference the period, and EclipseLink does not order inserts of unrelated entities. */
    void add(ReportPeriod period) {
        em.persist(period);
        em.flush();
    }
}
