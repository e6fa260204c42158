package vn.lienthong.reporting.obligation;

import vn.lienthong.platform.BusinessException;

/** No such period is open for the regime. */
public class UnknownPeriodException extends BusinessException {

    public UnknownPeriodException(String regime, String period) {
        super("UNKNOWN_REPORTING_PERIOD", "Period " + period + " of regime " + regime + " is not open",
                "Kỳ báo cáo " + period + " của chế độ " + regime + " chưa được mở", "period");
    }
}
