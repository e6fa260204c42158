package vn.lienthong.directory.agency;

import java.time.Instant;

/** One canonical name of an agency and when it held it ({@code validTo} null while current). */
public record AgencyNameView(String name, Instant validFrom, Instant validTo) {

    static AgencyNameView of(AgencyName n) {
        return new AgencyNameView(n.name(), n.validFrom(), n.validTo().orElse(null));
    }
}
