package vn.lienthong.exchange.receipt;

import java.util.Objects;

/**
 * A receipt signed ahead of its document's transaction, to be stored in it
 * ({@link Receipts#signAcceptance}, {@link Receipts#record}).
 */
public record PreparedReceipt(String documentId, SignedReceipt.Kind kind, String party, byte[] cms, boolean timestamped) {

    public PreparedReceipt {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(party, "party");
        if (cms == null || cms.length == 0) {
            throw new IllegalArgumentException("a prepared receipt holds its signature (CMS)");
        }
    }
}
