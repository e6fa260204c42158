package vn.lienthong.exchange.inbox;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.BusinessException;

/** The document is addressed to the caller but has not reached its inbox yet; try again shortly. */
public class NotYetDeliveredException extends BusinessException {

    public NotYetDeliveredException(HubDocumentId id) {
        super("NOT_YET_DELIVERED",
                "Document " + id + " is on its way to your inbox; try again in a moment",
                "Văn bản " + id + " đang được chuyển vào hộp thư của bạn, vui lòng thử lại sau giây lát");
    }
}
