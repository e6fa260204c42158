package vn.lienthong.directory.federation;

import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.change.DirectoryChangeKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Brings this instance's entry of an agency outside its tree to the state the upstream's directory
 * gives it, as the same kinds of change an administrator makes here (added, renamed, moved,
 * deactivated, merged), so that agencies following this instance's own feed see them and today's
 * succession rule reroutes mail to a merged code. Applying a state the entry already has changes
 * nothing: the follower may apply an event twice (at least once) without a trace.
 *
 * <p>The entry is reached through the upstream ({@code served_by} = the upstream's hub code). An
 * entry this instance serves itself, or reaches through another hub, was registered here by an
 * administrator: the follower leaves it alone and says so.
 */
public final class FollowedEntry {

    /**
     * What applying one upstream state did.
     *
     * @param agency  the entry after it (a new one when {@code created}; null when skipped)
     * @param changes the changes made, in order; empty when the entry already had that state
     * @param skipped why the entry was left alone, if it was
     */
    public record Outcome(Agency agency, boolean created, List<DirectoryChangeKind> changes, Optional<String> skipped) {

        static Outcome skipped(String why) {
            return new Outcome(null, false, List.of(), Optional.of(why));
        }
    }

    private FollowedEntry() {
    }

    /**
     * @param local    this instance's entry of the code, or null when it has none
     * @param upstream the upstream hub, which serves the entry from now on
     * @param heldHere whether a code is in this instance's directory (a parent that is not stays unnamed)
     */
    public static Outcome apply(Agency local, UpstreamAgency state, AgencyCode upstream, Predicate<AgencyCode> heldHere,
                                Instant now) {
        Objects.requireNonNull(state);
        Optional<AgencyCode> parent = state.parent().filter(heldHere);
        List<DirectoryChangeKind> changes = new ArrayList<>();
        if (local == null) {
            Agency added = new Agency(state.code(), state.name(), parent.orElse(null), now);
            added.serveThrough(upstream, now);
            changes.add(DirectoryChangeKind.ADDED);
            retire(added, state, changes, now);
            return new Outcome(added, true, List.copyOf(changes), Optional.empty());
        }
        if (!local.servedBy().map(upstream::equals).orElse(false)) {
            return Outcome.skipped(local.servedBy().map(hub -> "reached through " + hub + " by this instance's administrators")
                    .orElse("served by this instance itself"));
        }
        if (!local.name().equals(state.name())) {
            local.rename(state.name(), now);
            changes.add(DirectoryChangeKind.RENAMED);
        }
        if (!local.parent().equals(parent)) {
            local.move(parent.orElse(null), now);
            changes.add(DirectoryChangeKind.MOVED);
        }
        if (local.isActive()) {
            retire(local, state, changes, now);
        }
        return new Outcome(local, false, List.copyOf(changes), Optional.empty());
    }

    /** An entry the upstream retired: merged into its successor, or deactivated without one. */
    private static void retire(Agency agency, UpstreamAgency state, List<DirectoryChangeKind> changes, Instant now) {
        if (state.active()) {
            return;
        }
        if (state.successor().isPresent()) {
            agency.mergeInto(state.successor().get(), now);
            changes.add(DirectoryChangeKind.MERGED);
        } else {
            agency.deactivate(now);
            changes.add(DirectoryChangeKind.DEACTIVATED);
        }
    }
}
