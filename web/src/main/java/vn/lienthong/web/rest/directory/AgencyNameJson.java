package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.agency.AgencyNameView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** One canonical name of an agency and when it held it ({@code validTo} empty while current). */
public record AgencyNameJson(String name, OffsetDateTime validFrom, OffsetDateTime validTo) {

    static AgencyNameJson of(AgencyNameView n) {
        return new AgencyNameJson(n.name(), Times.local(n.validFrom()), Times.local(n.validTo()));
    }
}
