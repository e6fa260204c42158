package vn.lienthong.exchange.status;

import vn.lienthong.platform.BusinessException;

/** A status code this party may not send at this point (e.g. a take-back answer with no take-back asked). */
public class StatusNotAllowedException extends BusinessException {

    public StatusNotAllowedException(String code, String whyEn, String whyVi) {
        super("STATUS_NOT_ALLOWED", "Status " + code + " is not allowed here: " + whyEn,
                "Không được gửi trạng thái " + code + ": " + whyVi, "Status/StatusCode");
    }
}
