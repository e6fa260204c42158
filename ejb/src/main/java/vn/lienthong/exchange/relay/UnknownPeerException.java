package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** No federation peer has this hub code. */
public class UnknownPeerException extends BusinessException {

    public UnknownPeerException(AgencyCode hub) {
        super("UNKNOWN_PEER", "No federation peer " + hub + " is registered", "Chưa đăng ký trục ngang hàng " + hub, "code");
    }
}
