package vn.lienthong.exchange.push;

import vn.lienthong.platform.BusinessException;

import java.net.URI;

/** A push endpoint on a loopback, private or otherwise internal address that no administrator allow-listed. */
public class PushUrlNotAllowedException extends BusinessException {

    public PushUrlNotAllowedException(URI url, String reason) {
        super("PUSH_URL_NOT_ALLOWED", "The hub does not push to " + url + ": " + reason,
                "Trục không đẩy văn bản đến " + url + ": địa chỉ nội bộ hoặc không phân giải được, chưa được quản trị viên cho phép ("
                        + reason + ")", "url");
    }
}
