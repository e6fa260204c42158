package vn.lienthong.procedure.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Dossiers with their papers, log and interval records: the aggregate's rows, read and written
 * through the named queries of its entities.
 */
@ApplicationScoped
public class DossierRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<Dossier> find(DossierCode code) {
        return Optional.ofNullable(em.find(Dossier.class, code.value()));
    }

    /** The dossier of a code that came from outside (a URL, a request): text that is no code names none. */
    public Optional<Dossier> find(String code) {
        return DossierCode.tryParse(code).flatMap(this::find);
    }

    /** The dossier, locked for the rest of the transaction: its changes take turns. */
    public Optional<Dossier> lock(DossierCode code) {
        return Optional.ofNullable(em.find(Dossier.class, code.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Dossier> lock(String code) {
        return DossierCode.tryParse(code).flatMap(this::lock);
    }

    /** A dossier just taken in, its papers and its first log line. */
    void add(Dossier dossier, List<DossierPaper> papers, DossierEvent intake) {
        em.persist(dossier);
        papers.forEach(em::persist);
        em.persist(intake);
    }

    /** What a transition wrote besides the dossier row itself: its log line and the interval records it added. */
    void addChange(DossierEvent line, DossierIntervals intervals) {
        intervals.added().forEach(em::persist);
        em.persist(line);
    }

    public DossierIntervals intervals(DossierCode code) {
        return new DossierIntervals(code, em.createNamedQuery("DossierInterval.ofDossier", DossierInterval.class)
                .setParameter("code", code.value()).getResultList());
    }

    public List<DossierEvent> log(DossierCode code) {
        return em.createNamedQuery("DossierEvent.ofDossier", DossierEvent.class).setParameter("code", code.value())
                .getResultList();
    }

    public Optional<DossierEvent> event(DossierCode code, int seq) {
        return Optional.ofNullable(em.find(DossierEvent.class, new DossierChildKey(code.value(), seq)));
    }

    public List<DossierPaper> papers(DossierCode code) {
        return em.createNamedQuery("DossierPaper.ofDossier", DossierPaper.class).setParameter("code", code.value())
                .getResultList();
    }

    public Optional<DossierPaper> paper(DossierCode code, int position) {
        return Optional.ofNullable(em.find(DossierPaper.class, new DossierChildKey(code.value(), position)));
    }

    /**
     * The dossiers an agency received, oldest first, optionally in one state or only those overdue
     * at {@code now}; read through the {@code (agency_code, state)} index of V10_2.
     */
    public List<Dossier> workList(AgencyCode agency, Optional<DossierState> state, boolean overdueOnly, Instant now,
                                  int limit, int offset) {
        String name = (overdueOnly ? "Dossier.overdueWorkList" : "Dossier.workList") + (state.isPresent() ? "InState" : "");
        TypedQuery<Dossier> query = em.createNamedQuery(name, Dossier.class).setParameter("agency", agency);
        state.ifPresent(s -> query.setParameter("state", s));
        if (overdueOnly) {
            query.setParameter("now", now);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
