package vn.lienthong.directory.federation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyRepository;
import vn.lienthong.directory.change.DirectoryChangeKind;
import vn.lienthong.directory.change.DirectoryLog;

import vn.lienthong.platform.time.Backoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The follower's bookkeeping, one transaction per step: a page of the upstream's feed (or its
 * snapshot) is applied to this directory together with the cursor it moves to, so that a page is
 * applied whole or not at all and a round resumes after the last page committed. Two servers of one
 * instance may follow side by side: the follower's row is locked and a page is applied only from
 * the cursor it was read from, so the second server's copy of a page is dropped.
 */
@Stateless
public class DirectoryFollowing {

    private static final Logger LOG = Logger.getLogger(DirectoryFollowing.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    DirectoryLog log;

    @Inject
    AgencyRepository agencies;

    @Inject
    Clock clock;

    @Inject
    HubIdentity hub;

    public FollowerState state() {
        return em.find(FollowerState.class, FollowerState.ID);
    }

    /**
     * Applies the upstream's entries of codes outside {@code tree}, read from the feed at cursor
     * {@code from} (empty: the snapshot), and moves the cursor to {@code to}.
     *
     * @return how many changes this directory recorded; -1 when the cursor is not {@code from} any
     * more (another server applied the page first) and nothing was done
     */
    public int apply(AgencyCode upstream, OptionalLong from, long to, Collection<UpstreamAgency> entries, DirectoryTree tree) {
        FollowerState state = em.find(FollowerState.class, FollowerState.ID, LockModeType.PESSIMISTIC_WRITE);
        if (!state.cursor(upstream).equals(from)) {
            return -1;
        }
        log.lock();
        Instant now = clock.instant();
        String actor = "federation:" + upstream.value();
        int changes = 0;
        FollowedCodes followed = new FollowedCodes(tree, hub.code(), upstream);
        // Parents before their units, so that a new unit finds its parent already here.
        for (UpstreamAgency entry : entries.stream().sorted(Comparator.comparingInt((UpstreamAgency a) -> a.code().level())).toList()) {
            if (!followed.follows(entry.code())) {
                continue;
            }
            FollowedEntry.Outcome outcome = FollowedEntry.apply(em.find(Agency.class, entry.code().value()), entry, upstream,
                    agencies::exists, now);
            if (outcome.skipped().isPresent()) {
                LOG.log(Level.FINE, "Directory follower: {0} left alone, {1}", new Object[]{entry.code(), outcome.skipped().get()});
                continue;
            }
            if (outcome.created()) {
                em.persist(outcome.agency());
            }
            if (!outcome.changes().isEmpty()) {
                em.flush();
            }
            for (DirectoryChangeKind kind : outcome.changes()) {
                log.record(kind, outcome.agency(), actor, entry.reason().orElse(null));
                changes++;
            }
        }
        state.advanced(upstream, to, changes, now);
        return changes;
    }

    /** The round read the feed to its end. */
    public void succeeded() {
        em.find(FollowerState.class, FollowerState.ID, LockModeType.PESSIMISTIC_WRITE).succeeded(clock.instant());
    }

    /** The round failed: retried after {@code backoff}'s delay for the failures in a row (its last delay once used up). */
    public void failed(String error, Backoff backoff, Duration fallback) {
        em.find(FollowerState.class, FollowerState.ID, LockModeType.PESSIMISTIC_WRITE).failed(error, backoff, fallback, clock.instant());
    }

    /** How many entries of this directory are reached through {@code upstream}. */
    public long followedEntries(AgencyCode upstream) {
        return agencies.countServedBy(upstream);
    }

}
