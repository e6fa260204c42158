package vn.lienthong.reporting.obligation;

import vn.lienthong.platform.BusinessException;

public class PeriodAlreadyOpenException extends BusinessException {

    public PeriodAlreadyOpenException(String regime, String period) {
        super("PERIOD_ALREADY_OPEN", "Period " + period + " of regime " + regime + " is already open",
                "Kỳ báo cáo " + period + " của chế độ " + regime + " đã được mở", "period");
    }
}
