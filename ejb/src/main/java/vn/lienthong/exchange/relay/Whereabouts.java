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

    /** What a directory entry (or its absence) says, given the hub that serves it ({@code served_by}, empty: here). */
    public static Whereabouts of(Optional<Optional<AgencyCode>> entryServedBy) {
        return entryServedBy.map(servedBy -> servedBy.map(Whereabouts::servedBy).orElse(here())).orElse(unknown());
    }

    public static Whereabouts unknown() {
        return new Whereabouts(false, Optional.empty());
    }
}
