package vn.lienthong.reporting.regime;

import vn.lienthong.platform.BusinessException;

public class UnknownRegimeException extends BusinessException {

    public UnknownRegimeException(String code) {
        super("UNKNOWN_REGIME", "No report regime " + code, "Không có chế độ báo cáo " + code, "regime");
    }
}
