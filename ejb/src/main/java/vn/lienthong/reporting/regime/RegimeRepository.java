package vn.lienthong.reporting.regime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Regimes and their versions. */
@ApplicationScoped
public class RegimeRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<Regime> find(String code) {
        return Optional.ofNullable(em.find(Regime.class, code));
    }

    /** The regime, locked for the rest of the transaction: versions are numbered one at a time. */
    Optional<Regime> lock(String code) {
        return Optional.ofNullable(em.find(Regime.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Regime> all() {
        return em.createNamedQuery("Regime.all", Regime.class).getResultList();
    }

    public List<RegimeVersion> versions(String code) {
        return em.createNamedQuery("RegimeVersion.ofRegime", RegimeVersion.class).setParameter("code", code).getResultList();
    }

    public Optional<RegimeVersion> version(String code, int version) {
        return Optional.ofNullable(em.find(RegimeVersion.class, new RegimeVersion.Key(code, version)));
    }

    void add(Regime regime, RegimeVersion first) {
        em.persist(regime);
        em.flush();
        em.persist(first);
    }

    void add(RegimeVersion version) {
        em.persist(version);
    }
}
