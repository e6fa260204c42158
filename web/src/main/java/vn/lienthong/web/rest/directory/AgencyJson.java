package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** An agency on the wire. */
public record AgencyJson(String code, String name, String parentCode, int level, boolean active,
                         OffsetDateTime updatedAt, String successorCode, OffsetDateTime retiredAt) {

    static AgencyJson of(Agency agency) {
        return new AgencyJson(agency.code().value(), agency.name(), agency.parent().map(AgencyCode::value).orElse(null),
                agency.level(), agency.isActive(), Times.local(agency.updatedAt()),
                agency.successor().map(AgencyCode::value).orElse(null), Times.local(agency.retiredAt().orElse(null)));
    }
}
