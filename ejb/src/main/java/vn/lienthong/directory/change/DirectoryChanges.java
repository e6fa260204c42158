package vn.lienthong.directory.change;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyRepository;
import vn.lienthong.directory.agency.AgencyView;
import vn.lienthong.platform.InvalidRequestException;

import java.time.Clock;
import java.util.List;

/** What client software reads to keep its copy of the directory current. */
@Stateless
public class DirectoryChanges {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    AgencyRepository agencies;

    @Inject
    DirectoryLog log;

    @Inject
    Clock clock;

    /** The number of the last event written. */
    public long lastSeq() {
        return em.find(DirectoryState.class, DirectoryState.ID).lastSeq();
    }

    public DirectoryChangePage since(long cursor, int limit) {
        if (cursor < 0) {
            throw new InvalidRequestException("since", "since must be 0 or a cursor the hub gave",
                    "since phải là 0 hoặc con trỏ do trục trả về");
        }
        long latest = em.find(DirectoryState.class, DirectoryState.ID).lastSeq();
        List<DirectoryEvent> events = em.createNamedQuery(DirectoryEvent.SINCE, DirectoryEvent.class)
                .setParameter("cursor", cursor)
                .setMaxResults(limit)
                .getResultList();
        long next = events.isEmpty() ? Math.min(cursor, latest) : events.get(events.size() - 1).seq();
        return new DirectoryChangePage(events.stream().map(DirectoryEventView::of).toList(), next, Math.max(latest, next));
    }

    /** Consistent with its cursor: writers wait for the directory lock while it is taken. */
    public DirectorySnapshot snapshot() {
        long cursor = log.lock();
        return new DirectorySnapshot(cursor, clock.instant(), agencies.all().stream().map(AgencyView::of).toList());
    }
}
