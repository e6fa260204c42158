package vn.lienthong.procedure.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.List;
import java.util.Optional;

/** Citizens' feedback (phản ánh, kiến nghị) and its log, as the feedback service reads them. */
@ApplicationScoped
public class FeedbackRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public void add(Feedback feedback) {
        em.persist(feedback);
    }

    public void add(FeedbackEvent event) {
        em.persist(event);
    }

    public Optional<Feedback> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Feedback.class, c));
    }

    /** The feedback locked for an action on it, so that two actions at once take their turns. */
    public Optional<Feedback> lock(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Feedback.class, c, LockModeType.PESSIMISTIC_WRITE));
    }

    /** An agency's feedback, optionally in one state, oldest first. */
    public List<Feedback> ofAgency(AgencyCode agency, Optional<FeedbackState> state, int limit, int offset) {
        TypedQuery<Feedback> query = em.createNamedQuery(state.isPresent() ? Feedback.OF_AGENCY_IN_STATE : Feedback.OF_AGENCY,
                Feedback.class).setParameter("agency", agency.value());
        state.ifPresent(s -> query.setParameter("state", s));
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** All feedback, optionally in one state, oldest first. */
    public List<Feedback> all(Optional<FeedbackState> state, int limit, int offset) {
        TypedQuery<Feedback> query = em.createNamedQuery(state.isPresent() ? Feedback.IN_STATE : Feedback.ALL, Feedback.class);
        state.ifPresent(s -> query.setParameter("state", s));
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The published feedback, newest first, optionally of one agency or one procedure. */
    public List<Feedback> published(Optional<AgencyCode> agency, Optional<String> procedureCode, int limit, int offset) {
        String name = agency.isPresent()
                ? (procedureCode.isPresent() ? Feedback.PUBLISHED_OF_AGENCY_AND_PROCEDURE : Feedback.PUBLISHED_OF_AGENCY)
                : (procedureCode.isPresent() ? Feedback.PUBLISHED_OF_PROCEDURE : Feedback.PUBLISHED);
        TypedQuery<Feedback> query = em.createNamedQuery(name, Feedback.class)
                .setParameter("published", FeedbackState.PUBLISHED);
        agency.ifPresent(a -> query.setParameter("agency", a.value()));
        procedureCode.ifPresent(p -> query.setParameter("procedure", p));
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** A feedback's log, in its order. */
    public List<FeedbackEvent> events(String code) {
        return em.createNamedQuery(FeedbackEvent.OF_FEEDBACK, FeedbackEvent.class).setParameter("code", code).getResultList();
    }
}
