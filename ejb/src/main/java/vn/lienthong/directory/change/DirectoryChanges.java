package vn.lienthong.directory.change;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyName;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.platform.InvalidRequestException;

import java.time.Clock;
import java.util.List;

/** What client software reads to keep its copy of the directory current. */
@Stateless
public class DirectoryChanges {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    DirectoryLog log;

    @Inject
    Clock clock;

    public DirectoryChangePage since(long cursor, int limit) {
        if (cursor < 0) {
            throw new InvalidRequestException("since", "since must be 0 or a cursor the hub gave",
                    "since phải là 0 hoặc con trỏ do trục trả về");
        }
        long latest = em.find(DirectoryState.class, DirectoryState.ID).lastSeq();
        List<DirectoryEvent> events = em.createQuery("select e from DirectoryEvent e where e.seq > :cursor order by e.seq",
                        DirectoryEvent.class)
                .setParameter("cursor", cursor)
                .setMaxResults(limit)
                .getResultList();
        long next = events.isEmpty() ? Math.min(cursor, latest) : events.get(events.size() - 1).seq();
        return new DirectoryChangePage(events, next, Math.max(latest, next));
    }

    /** Consistent with its cursor: writers wait for the directory lock while it is taken. */
    public DirectorySnapshot snapshot() {
        long cursor = log.lock();
        List<Agency> agencies = em.createQuery("select a from Agency a order by a.code", Agency.class).getResultList();
        return new DirectorySnapshot(cursor, clock.instant(), agencies);
    }

    /** The names an agency has carried, the current one last. */
    public List<AgencyName> names(AgencyCode code) {
        if (em.find(Agency.class, code.value()) == null) {
            throw new UnknownAgencyException(code);
        }
        return em.createQuery("select n from AgencyName n where n.agencyCode = :code order by n.fromSeq", AgencyName.class)
                .setParameter("code", code.value()).getResultList();
    }
}
