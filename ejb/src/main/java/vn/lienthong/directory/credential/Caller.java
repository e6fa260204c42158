package vn.lienthong.directory.credential;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.NotAllowedException;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks: an agency's software signed in with its code, or an administrator of the server's
 * user registry. Services decide from it what the caller may see and do; the web layer only says
 * who signed in.
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

    /** The agency that asks; an administrator (or anyone else) may not do what only agencies do. */
    public AgencyCode requireAgency(String actEn, String actVi) {
        return agency.orElseThrow(() -> new NotAllowedException("Only agencies " + actEn + "; " + name + " is not one",
                "Chỉ cơ quan, đơn vị mới " + actVi + "; " + name + " không phải cơ quan, đơn vị"));
    }

    /** The administrator's name, for the record of who changed what; an agency may not do this. */
    public String requireAdministrator(String actEn, String actVi) {
        if (!administrator) {
            throw new NotAllowedException("Only administrators " + actEn + "; " + name + " is an agency",
                    "Chỉ quản trị viên mới " + actVi + "; " + name + " là cơ quan, đơn vị");
        }
        return name;
    }
}
