package vn.lienthong.exchange.submission;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** A {@code To} names an agency the directory does not know. */
public class UnknownRecipientException extends BusinessException {

    public UnknownRecipientException(AgencyCode recipient, String element) {
        super("UNKNOWN_RECIPIENT",
                "Recipient " + recipient + " is not registered in the directory",
                "Đơn vị nhận " + recipient + " không có trong danh bạ",
                element);
    }
}
