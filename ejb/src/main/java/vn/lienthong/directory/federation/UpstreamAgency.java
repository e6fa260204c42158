package vn.lienthong.directory.federation;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.Optional;

/**
 * An agency as the upstream's directory holds it: one entry of its snapshot, or the whole state an
 * event of its change feed carries after the change (docs/api.md, "Keeping a copy of the directory").
 *
 * @param reason the reason the upstream's administrator gave for the change, if any
 */
public record UpstreamAgency(AgencyCode code, String name, Optional<AgencyCode> parent, boolean active,
                             Optional<AgencyCode> successor, Optional<String> reason) {

    public UpstreamAgency {
        Objects.requireNonNull(code);
        Objects.requireNonNull(parent);
        Objects.requireNonNull(successor);
        Objects.requireNonNull(reason);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the upstream's entry " + code + " has no name");
        }
        name = name.strip();
        if (active && successor.isPresent()) {
            throw new IllegalArgumentException("the upstream's entry " + code + " is active yet names a successor");
        }
        if (successor.filter(code::equals).isPresent() || parent.filter(code::equals).isPresent()) {
            throw new IllegalArgumentException("the upstream's entry " + code + " names itself as its parent or successor");
        }
    }
}
