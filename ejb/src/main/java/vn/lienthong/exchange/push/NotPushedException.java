package vn.lienthong.exchange.push;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.BusinessException;

/** A re-drive was asked for a delivery that was never meant to be pushed. */
public class NotPushedException extends BusinessException {

    public NotPushedException(HubDocumentId document, AgencyCode recipient) {
        super("NOT_PUSHED",
                "Document " + document + " is delivered to " + recipient + " by pull only: there is no push to re-drive",
                "Văn bản " + document + " chỉ được nhận bằng cách lấy về (pull) tại " + recipient + ": không có lần đẩy nào để gửi lại",
                null);
    }
}
