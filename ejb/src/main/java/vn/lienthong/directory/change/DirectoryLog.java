package vn.lienthong.directory.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyName;
import vn.lienthong.directory.agency.AgencyRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes the numbered change log, in the caller's transaction. The lock on the directory_state
 * row makes directory writers take turns, so event numbers are handed out and committed in the
 * same order and a client reading "changes since N" never skips one.
 */
@ApplicationScoped
public class DirectoryLog {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AgencyRepository agencies;

    /** Takes the directory lock for the rest of the transaction and returns the last event number. */
    public long lock() {
        return em.find(DirectoryState.class, DirectoryState.ID, LockModeType.PESSIMISTIC_WRITE).lastSeq();
    }

    /** Records the agency's state after a change; the agency's row must be flushed already. */
    public DirectoryEvent record(DirectoryChangeKind kind, Agency agency, String actor, String reason) {
        DirectoryState state = em.find(DirectoryState.class, DirectoryState.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        DirectoryEvent event = new DirectoryEvent(state.next(), kind, agency, now, actor, reason);
        em.persist(event);
        if (kind == DirectoryChangeKind.ADDED || kind == DirectoryChangeKind.RENAMED) {
            agencies.rename(new AgencyName(agency.code(), agency.name(), event.seq(), now));
        }
        return event;
    }
}
