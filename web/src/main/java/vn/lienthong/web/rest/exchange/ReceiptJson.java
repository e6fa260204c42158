package vn.lienthong.web.rest.exchange;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.SubmissionReceipt;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The hub's answer to an accepted document package. {@code reroutes} lists recipients addressed by
 * a retired code whose successor received the document instead.
 */
public record ReceiptJson(String documentId, String edxmlDocumentId, String sender, List<String> recipients,
                          long sizeBytes, String sha256, OffsetDateTime receivedAt, List<RerouteJson> reroutes) {

    public record RerouteJson(String addressed, String deliveredTo) {
    }

    static ReceiptJson of(SubmissionReceipt r) {
        return new ReceiptJson(r.documentId().value(), r.edxmlDocumentId(), r.sender().value(),
                r.recipients().stream().map(AgencyCode::value).toList(), r.sizeBytes(), r.sha256(),
                Times.local(r.receivedAt()),
                r.reroutes().stream().map(x -> new RerouteJson(x.addressed().value(), x.deliveredTo().value())).toList());
    }
}
