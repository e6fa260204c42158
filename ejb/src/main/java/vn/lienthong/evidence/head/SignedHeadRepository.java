package vn.lienthong.evidence.head;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The signed heads: the latest, and pages in chain order for the verifier. */
@ApplicationScoped
public class SignedHeadRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    void add(SignedHead head) {
        em.persist(head);
        em.flush(); // the view answered carries the id the database gave
    }

    public Optional<SignedHeadView> latest() {
        return em.createNamedQuery(SignedHead.LATEST, SignedHead.class).setMaxResults(1).getResultList().stream()
                .findFirst().map(SignedHead::view);
    }

    /** The id of the latest signed head (0 when none): heads signed after this moment have larger ids. */
    public long latestId() {
        Long id = em.createNamedQuery(SignedHead.LATEST_ID, Long.class).getSingleResult();
        return id == null ? 0 : id;
    }

    /** At most {@code limit} heads after ({@code sequence}, {@code id}) in (sequence, id) order. */
    public List<SignedHeadView> pageAfter(long sequence, long id, int limit) {
        return em.createNamedQuery(SignedHead.PAGE_AFTER, SignedHead.class).setParameter("sequence", sequence)
                .setParameter("id", id).setMaxResults(limit).getResultList().stream().map(SignedHead::view).toList();
    }
}
