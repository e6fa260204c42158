package vn.lienthong.exchange.submission;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** A {@code To} names an agency that no longer receives documents. */
public class InactiveRecipientException extends BusinessException {

    public InactiveRecipientException(AgencyCode recipient, String element) {
        super("INACTIVE_RECIPIENT",
                "Recipient " + recipient + " is no longer active and cannot receive documents",
                "Đơn vị nhận " + recipient + " đã ngừng hoạt động, không nhận được văn bản",
                element);
    }
}
