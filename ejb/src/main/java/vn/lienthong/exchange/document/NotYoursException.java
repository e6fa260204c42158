package vn.lienthong.exchange.document;

import vn.lienthong.platform.BusinessException;

/**
 * The document exists but the caller's agency is neither a recipient of it (for inbox operations
 * and status reports) nor its sender (for the sent list).
 */
public class NotYoursException extends BusinessException {

    public NotYoursException(String id, String element) {
        super("NOT_YOURS",
                "Document " + id + " is not addressed to or sent by your agency",
                "Văn bản " + id + " không gửi đến hoặc không do cơ quan bạn gửi",
                element);
    }
}
