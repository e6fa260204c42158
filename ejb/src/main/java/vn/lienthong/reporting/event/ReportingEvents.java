package vn.lienthong.reporting.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writes reporting events in the caller's transaction, and reads them back in order. */
@ApplicationScoped
public class ReportingEvents {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(ReportingEventKind kind, String regime, String period, AgencyCode agency, AgencyCode recipient,
                       Instant dueAt, String actor, String detail) {
        em.persist(new ReportingEvent(kind, regime, period, agency, recipient, dueAt, clock.instant(), actor, detail));
    }

    /** Events after {@code after}, in order: every one for administrators, an agency's own (as reporter or recipient) otherwise. */
    public List<ReportingEvent> after(long after, java.util.Optional<AgencyCode> of, int limit) {
        var query = of.isPresent()
                ? em.createNamedQuery("ReportingEvent.ofAgency", ReportingEvent.class).setParameter("agency", of.get())
                : em.createNamedQuery("ReportingEvent.all", ReportingEvent.class);
        return query.setParameter("after", after).setMaxResults(limit).getResultList();
    }
}
