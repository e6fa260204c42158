package vn.lienthong.directory.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.change.DirectoryState;

import java.util.List;

/**
 * Hands out the current {@link AgencyTree}. The tree is read once and kept until the directory
 * changes: every change is a numbered event (DirectoryLog), so one look at the last event number
 * tells whether the kept tree is still current, on every server of a cluster alike.
 */
@ApplicationScoped
public class AgencyHierarchy {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    AgencyRepository agencies;

    private volatile AgencyTree current;

    public AgencyTree tree() {
        long seq = em.createNamedQuery(DirectoryState.LAST_SEQ, Long.class).getSingleResult();
        AgencyTree kept = current;
        if (kept != null && kept.seq() == seq) {
            return kept;
        }
        List<AgencyTree.Node> nodes = agencies.all().stream()
                .map(a -> new AgencyTree.Node(a.code(), a.name(), a.parent(), a.level(), a.isActive(), a.successor()))
                .toList();
        AgencyTree loaded = new AgencyTree(seq, nodes);
        current = loaded;
        return loaded;
    }
}
