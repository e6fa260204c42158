package vn.lienthong.procedure.dossier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * An agency's work list: the dossiers it received, optionally in one state or only those overdue
 * (open, not finished, not paused, due date passed), oldest first. Read through the
 * {@code (agency_code, state)} index of V10_2.
 */
@Stateless
public class DossierWorkList {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Dossier> of(AgencyCode agency, Optional<DossierState> state, boolean overdueOnly, int limit, int offset) {
        TypedQuery<Dossier> query = em.createQuery("select d from Dossier d where d.agencyCode = :agency"
                + (state.isPresent() ? " and d.state = :state" : "")
                + (overdueOnly ? " and d.dueAt < :now and d.closedAt is null and d.finishedAt is null and d.pausedSince is null" : "")
                + " order by d.registeredAt, d.code", Dossier.class)
                .setParameter("agency", agency.value());
        state.ifPresent(s -> query.setParameter("state", s));
        if (overdueOnly) {
            query.setParameter("now", clock.instant());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Whether the dossier is overdue now, by the same rule as the list's filter. */
    public boolean overdue(Dossier d) {
        return d.dueAt().filter(due -> due.isBefore(clock.instant())).isPresent()
                && d.closedAt().isEmpty() && d.finishedAt().isEmpty() && d.pausedSince().isEmpty();
    }
}
