package vn.lienthong.exchange.receipt;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** A delivery receipt was asked for before the recipient confirmed it fetched the document. */
public class ReceiptNotAvailableException extends BusinessException {

    public ReceiptNotAvailableException(String documentId, AgencyCode recipient) {
        super("RECEIPT_NOT_AVAILABLE",
                "No delivery receipt yet: " + recipient + " has not confirmed it fetched document " + documentId,
                "Chưa có biên nhận chuyển giao: " + recipient + " chưa xác nhận đã nhận văn bản " + documentId,
                "recipient");
    }
}
