package vn.lienthong.web.rest.exchange.submission;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.submission.SubmissionReceipt;
import vn.lienthong.web.rest.Times;
import vn.lienthong.web.rest.signature.SignatureJson;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The hub's answer to an accepted document package. {@code reroutes} lists recipients addressed by
 * a retired code whose successor received the document instead. {@code signature} is the verdict on
 * the package's signature; {@code receipt} the hub's signed acceptance receipt (CMS, base64; null
 * if it could not be made just now: GET /api/v1/receipts/{documentId} then makes it).
 */
public record ReceiptJson(String documentId, String edxmlDocumentId, String sender, List<String> recipients,
                          long sizeBytes, String sha256, OffsetDateTime receivedAt, List<RerouteJson> reroutes,
                          SignatureJson signature, String receipt, boolean receiptTimestamped) {

    public record RerouteJson(String addressed, String deliveredTo) {
    }

    static ReceiptJson of(SubmissionReceipt r, SignatureJson signature, String receipt, boolean receiptTimestamped) {
        return new ReceiptJson(r.documentId().value(), r.edxmlDocumentId(), r.sender().value(),
                r.recipients().stream().map(AgencyCode::value).toList(), r.sizeBytes(), r.sha256(),
                Times.local(r.receivedAt()),
                r.reroutes().stream().map(x -> new RerouteJson(x.addressed().value(), x.deliveredTo().value())).toList(),
                signature, receipt, receiptTimestamped);
    }
}
