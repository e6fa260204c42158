package vn.lienthong.reporting;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks: an agency's software signed in with its code, or an administrator of the server's
 * user registry. Reporting services decide from it what the caller may see and do.
 */
public record Caller(String name, Optional<AgencyCode> agency, boolean administrator) {

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agency, "agency");
        if (administrator == agency.isPresent()) {
            throw new IllegalArgumentException("A caller is either an agency or an administrator");
        }
    }

    public static Caller agency(AgencyCode code) {
        return new Caller(code.value(), Optional.of(code), false);
    }

    public static Caller administrator(String user) {
        return new Caller(user, Optional.empty(), true);
    }

    /** Whether the caller is this agency. */
    public boolean is(AgencyCode code) {
        return agency.map(code::equals).orElse(false);
    }
}
