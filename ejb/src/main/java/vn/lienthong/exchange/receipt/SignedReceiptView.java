package vn.lienthong.exchange.receipt;

import vn.lienthong.exchange.document.HubDocumentId;

/**
 * A receipt the hub signed, as its holder gets it: the CMS SignedData in DER, and whether a time-stamp
 * authority countersigned it.
 */
public record SignedReceiptView(HubDocumentId documentId, byte[] cms, boolean timestamped) {

    static SignedReceiptView of(SignedReceipt receipt) {
        return new SignedReceiptView(new HubDocumentId(receipt.documentId()), receipt.cms(), receipt.timestamped());
    }
}
