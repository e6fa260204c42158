package vn.lienthong.directory.federation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A provincial instance follows the upstream's directory (docs/federation.md, "Directory across
 * hubs"): the first round takes the upstream's snapshot, every later one its changes since the
 * stored cursor, page after page while there are more, each page's signature checked with the
 * upstream's pinned certificate, each applied in a transaction with the cursor it moves to. The
 * calls to the upstream run outside any transaction. A round that fails is recorded and retried
 * after the federation's backoff; the next page starts where the last committed one ended.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryFollower {

    private static final Logger LOG = Logger.getLogger(DirectoryFollower.class.getName());
    static final int PAGE = 500;

    @EJB
    DirectoryFollowing following;

    @Inject
    FederationSettings federation;

    @Inject
    DirectoryFollowingSettings settings;

    @Inject
    Clock clock;

    /** One round, unless the last failure's delay has not passed: @return whether it read the feed to its end. */
    public boolean round() {
        Optional<Upstream> configured = federation.upstream();
        if (configured.isEmpty() || !following.state().due(clock.instant())) {
            return false;
        }
        Upstream upstream = configured.get();
        try {
            UpstreamDirectory directory = new UpstreamDirectory(new UpstreamConnection(upstream, federation.timeout()),
                    settings.certificate());
            DirectoryTree tree = settings.tree();
            int changes = follow(upstream.code(), directory, tree);
            following.succeeded();
            if (changes > 0) {
                LOG.log(Level.INFO, "Directory follower: {0} changes from {1}''s directory", new Object[]{changes, upstream.code()});
            }
            return true;
        } catch (RuntimeException e) {
            String error = e instanceof UpstreamDirectoryException || e instanceof IllegalStateException ? e.getMessage() : e.toString();
            following.failed(error, federation.backoff(), settings.interval());
            LOG.log(Level.WARNING, "Directory follower: {0}''s directory was not read this round ({1}); tried again after "
                    + "the backoff of lienthong.federation.backoff", new Object[]{upstream.code(), error});
            return false;
        }
    }

    private int follow(AgencyCode upstream, UpstreamDirectory directory, DirectoryTree tree) {
        int changes = 0;
        OptionalLong cursor = following.state().cursor(upstream);
        if (cursor.isEmpty()) {
            UpstreamDirectory.Snapshot snapshot = directory.snapshot();
            int applied = following.apply(upstream, cursor, snapshot.cursor(), snapshot.agencies(), tree);
            if (applied < 0) {
                return changes; // another server took the snapshot first; the next round goes on from its cursor
            }
            changes += applied;
            cursor = OptionalLong.of(snapshot.cursor());
            LOG.log(Level.INFO, "Directory follower: snapshot of {0}''s directory taken at its event {1}",
                    new Object[]{upstream, snapshot.cursor()});
        }
        for (int pages = 0; pages < 10_000; pages++) {
            UpstreamDirectory.Changes page = directory.changes(cursor.getAsLong(), PAGE);
            long next = Math.max(page.nextCursor(), cursor.getAsLong());
            if (next == cursor.getAsLong()) {
                return changes;
            }
            int applied = following.apply(upstream, cursor, next, page.events(), tree);
            if (applied < 0) {
                return changes;
            }
            changes += applied;
            cursor = OptionalLong.of(next);
            if (!page.more()) {
                return changes;
            }
        }
        return changes;
    }

    /** Where following stands, for administrators. */
    public DirectoryFollowingView status() {
        FollowerState state = following.state();
        Optional<Upstream> upstream;
        try {
            upstream = federation.upstream();
        } catch (IllegalArgumentException e) {
            return new DirectoryFollowingView(false, e.getMessage(), null, null, null, null, null, null, null, 0, null, 0, 0);
        }
        if (upstream.isEmpty()) {
            return new DirectoryFollowingView(false, "no upstream: lienthong.federation.upstream.url is not set", null, null, null,
                    null, state.lastSuccess().orElse(null), state.lastAttempt().orElse(null), null, 0, null, state.applied(), 0);
        }
        AgencyCode code = upstream.get().code();
        OptionalLong cursor = state.cursor(code);
        return new DirectoryFollowingView(true, null, code, upstream.get().base().toString(), settings.tree().toString(),
                cursor.isPresent() ? cursor.getAsLong() : null, state.lastSuccess().orElse(null), state.lastAttempt().orElse(null),
                state.lastError().orElse(null), state.failures(), state.nextAttempt().orElse(null), state.applied(),
                following.followedEntries(code));
    }
}
