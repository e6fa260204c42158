package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** An agency on the wire. */
public record AgencyJson(String code, String name, String parentCode, int level, boolean active,
                         OffsetDateTime updatedAt, String successorCode, OffsetDateTime retiredAt) {

    static AgencyJson of(AgencyView agency) {
        return new AgencyJson(agency.code().value(), agency.name(), value(agency.parent()), agency.level(), agency.active(),
                Times.local(agency.updatedAt()), value(agency.successor()), Times.local(agency.retiredAt()));
    }

    private static String value(AgencyCode code) {
        return code == null ? null : code.value();
    }
}
