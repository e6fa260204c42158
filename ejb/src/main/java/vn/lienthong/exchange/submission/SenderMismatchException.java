package vn.lienthong.exchange.submission;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** The package says it comes from an agency other than the one that signed in. */
public class SenderMismatchException extends BusinessException {

    public SenderMismatchException(AgencyCode authenticated, String claimed, String element) {
        super("SENDER_MISMATCH",
                "The package is from " + claimed + " but the caller signed in as " + authenticated,
                "Gói tin ghi đơn vị gửi là " + claimed + " nhưng phần mềm đăng nhập với mã " + authenticated,
                element);
    }
}
