package vn.lienthong.exchange.status;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.edxml.StatusCode;
import vn.lienthong.signature.verification.SignatureVerdict;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A status a recipient reported, as its sender sees it, with the verdict on the status package's
 * signature ({@code signature} null for statuses accepted before statuses were verified).
 */
public record StatusView(HubDocumentId statusId, String statusCode, String meaningEn, String meaningVi,
                         String description, String staffDepartment, String staffName,
                         LocalDateTime reportedAt, Instant receivedAt, SignatureVerdict signature) {

    public static StatusView of(StatusReport report, SignatureVerdict signature) {
        StatusCode code = StatusCode.of(report.statusCode()).orElseThrow();
        return new StatusView(report.id(), code.code(), code.meaningEn(), code.meaningVi(), report.description(),
                report.staffDepartment(), report.staffName(), report.reportedAt(), report.receivedAt(), signature);
    }
}
