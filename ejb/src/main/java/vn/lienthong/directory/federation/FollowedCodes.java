package vn.lienthong.directory.federation;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;

/**
 * Which codes of the upstream's directory this instance follows: those outside its own tree
 * ({@link DirectoryTree}), except this instance's own hub account and the upstream's account here,
 * which are entries this instance's administrators keep.
 */
public record FollowedCodes(DirectoryTree tree, AgencyCode hub, AgencyCode upstream) {

    public FollowedCodes {
        Objects.requireNonNull(tree);
        Objects.requireNonNull(hub);
        Objects.requireNonNull(upstream);
    }

    public boolean follows(AgencyCode code) {
        return !tree.contains(code) && !code.equals(hub) && !code.equals(upstream);
    }
}
