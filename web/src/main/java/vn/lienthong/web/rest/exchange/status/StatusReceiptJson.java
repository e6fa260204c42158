package vn.lienthong.web.rest.exchange.status;

import vn.lienthong.exchange.status.StatusReceipt;
import vn.lienthong.web.rest.Times;
import vn.lienthong.web.rest.signature.SignatureJson;

import java.time.OffsetDateTime;

/** The hub's answer to an accepted status package, with the verdict on its signature. */
public record StatusReceiptJson(String statusId, String documentId, String statusCode, OffsetDateTime receivedAt,
                                SignatureJson signature) {

    static StatusReceiptJson of(StatusReceipt r) {
        return new StatusReceiptJson(r.statusId().value(), r.documentId().value(), r.statusCode(),
                Times.local(r.receivedAt()), SignatureJson.ofStatus(r.signature()));
    }
}
