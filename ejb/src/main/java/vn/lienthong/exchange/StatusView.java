package vn.lienthong.exchange;

import vn.lienthong.exchange.edxml.StatusCode;

import java.time.Instant;
import java.time.LocalDateTime;

/** A status a recipient reported, as its sender sees it. */
public record StatusView(HubDocumentId statusId, String statusCode, String meaningEn, String meaningVi,
                         String description, String staffDepartment, String staffName,
                         LocalDateTime reportedAt, Instant receivedAt) {

    static StatusView of(StatusReport report) {
        StatusCode code = StatusCode.of(report.statusCode()).orElseThrow();
        return new StatusView(report.id(), code.code(), code.meaningEn(), code.meaningVi(), report.description(),
                report.staffDepartment(), report.staffName(), report.reportedAt(), report.receivedAt());
    }
}
