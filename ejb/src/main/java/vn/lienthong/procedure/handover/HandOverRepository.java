package vn.lienthong.procedure.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.procedure.dossier.DossierChildKey;

import java.util.List;
import java.util.Optional;

/** The records of steps handed over through the axis. */
@ApplicationScoped
public class HandOverRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public void add(DossierHandOver handOver) {
        em.persist(handOver);
    }

    public Optional<DossierHandOver> find(String dossierCode, int step) {
        return Optional.ofNullable(em.find(DossierHandOver.class, new DossierChildKey(dossierCode, step)));
    }

    /** The hand-over sent as document {@code documentId} to {@code owner}, while its step is not completed. */
    public Optional<DossierHandOver> openOfDocument(String documentId, String owner) {
        return em.createNamedQuery(DossierHandOver.OPEN_OF_DOCUMENT, DossierHandOver.class)
                .setParameter("id", documentId)
                .setParameter("owner", owner)
                .getResultStream().findFirst();
    }

    /** A dossier's hand-overs, by step. */
    public List<DossierHandOver> ofDossier(String dossierCode) {
        return em.createNamedQuery(DossierHandOver.OF_DOSSIER, DossierHandOver.class)
                .setParameter("code", dossierCode).getResultList();
    }
}
