package vn.lienthong.directory.federation;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/**
 * Where following the upstream's directory stands ({@code GET /api/v1/admin/federation/directory}).
 *
 * @param following   whether this instance follows an upstream (false: a single hub or the national axis)
 * @param off         why it does not, when it does not
 * @param upstream    the upstream's hub code
 * @param tree        this instance's own tree: the top-level units not followed ({@code H41})
 * @param cursor      the upstream's last event applied here; null before the first snapshot
 * @param lastError   the last round's failure; null once a round read the feed to its end
 * @param failures    rounds failed in a row
 * @param nextAttempt when the next round may call the upstream after those failures
 * @param applied     changes this directory recorded from the upstream's feed, in all
 * @param followed    entries of this directory reached through the upstream now
 */
public record DirectoryFollowingView(boolean following, String off, AgencyCode upstream, String url, String tree, Long cursor,
                                     Instant lastSuccess, Instant lastAttempt, String lastError, int failures,
                                     Instant nextAttempt, long applied, long followed) {
}
