package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.change.DirectoryEventView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** One directory change with the agency's state after it: apply by upserting the agency by code. */
public record DirectoryEventJson(long seq, String kind, String code, String name, String parentCode, int level,
                                 boolean active, String successorCode, OffsetDateTime occurredAt, String reason) {

    static DirectoryEventJson of(DirectoryEventView e) {
        return new DirectoryEventJson(e.seq(), e.kind().name(), e.agency().value(), e.name(), value(e.parent()), e.level(),
                e.active(), value(e.successor()), Times.local(e.occurredAt()), e.reason());
    }

    private static String value(AgencyCode code) {
        return code == null ? null : code.value();
    }
}
