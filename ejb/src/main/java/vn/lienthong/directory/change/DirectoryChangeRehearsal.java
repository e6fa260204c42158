package vn.lienthong.directory.change;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.List;
import java.util.function.Supplier;

/**
 * Shows an administrator the change-feed events a directory change would publish before it is
 * made: the change is carried out exactly as it would be (same checks, same events) inside a
 * transaction that is then rolled back, so the preview cannot drift from the real thing and
 * nothing of it stays. A refused change is refused here too, with the same reason.
 */
@Stateless
public class DirectoryChangeRehearsal {

    /** More than any single change publishes today; a bound so a preview never reads the whole log. */
    static final int MAX_EVENTS = 50;

    @EJB
    DirectoryAdministration administration;

    @EJB
    DirectoryChanges changes;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public List<DirectoryEventView> rename(AgencyCode code, String newName, String reason, String actor) {
        return rehearse(() -> administration.rename(code, newName, reason, actor));
    }

    public List<DirectoryEventView> move(AgencyCode code, AgencyCode newParent, String reason, String actor) {
        return rehearse(() -> administration.move(code, newParent, reason, actor));
    }

    public List<DirectoryEventView> merge(AgencyCode code, AgencyCode into, String reason, String actor) {
        return rehearse(() -> administration.merge(code, into, reason, actor));
    }

    public List<DirectoryEventView> deactivate(AgencyCode code, String reason, String actor) {
        return rehearse(() -> administration.deactivate(code, reason, actor));
    }

    private List<DirectoryEventView> rehearse(Supplier<?> change) {
        long before = changes.lastSeq();
        try {
            change.get();
            em.flush(); // the unit flushes at commit only (persistence.xml): the events must reach the query
            return changes.since(before, MAX_EVENTS).events();
        } finally {
            context.setRollbackOnly();
        }
    }
}
