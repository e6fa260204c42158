package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.Optional;

/**
 * What this instance's directory says of a recipient (after succession): served here, served by a
 * downstream hub (the entry's {@code served_by}), or not in the directory at all.
 */
public record Whereabouts(boolean known, Optional<AgencyCode> servedBy) {

    public Whereabouts {
        Objects.requireNonNull(servedBy);
        if (!known && servedBy.isPresent()) {
            throw new IllegalArgumentException("An agency outside the directory has no served_by");
        }
    }

    public static Whereabouts here() {
        return new Whereabouts(true, Optional.empty());
    }

    public static Whereabouts servedBy(AgencyCode hub) {
        return new Whereabouts(true, Optional.of(hub));
    }

    public static Whereabouts unknown() {
        return new Whereabouts(false, Optional.empty());
    }
}
