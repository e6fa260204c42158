package vn.lienthong.exchange.receipt;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/**
 * A receipt the hub has already signed for a document (biên nhận): which kind, for which party
 * (the sender for the acceptance receipt, a recipient for a delivery receipt), whether a TSA
 * timestamped it, and when it was made. The message monitor lists them; the signed bytes stay
 * with the party's own receipt calls.
 */
public record IssuedReceiptView(SignedReceipt.Kind kind, AgencyCode party, boolean timestamped, Instant issuedAt) {

    static IssuedReceiptView of(SignedReceipt receipt) {
        return new IssuedReceiptView(receipt.kind(), new AgencyCode(receipt.partyCode()), receipt.timestamped(),
                receipt.createdAt());
    }
}
