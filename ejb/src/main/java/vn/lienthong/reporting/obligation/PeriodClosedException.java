package vn.lienthong.reporting.obligation;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** The recipient closed the period for this reporter: a (re)submission needs the recipient to reopen it first. */
public class PeriodClosedException extends BusinessException {

    public PeriodClosedException(String regime, String period, AgencyCode recipient) {
        super("REPORTING_PERIOD_CLOSED", "Period " + period + " of regime " + regime + " is closed by " + recipient
                        + ": ask it to reopen the report before submitting",
                "Kỳ báo cáo " + period + " của chế độ " + regime + " đã được " + recipient
                        + " khóa: đề nghị cơ quan nhận mở lại trước khi gửi báo cáo");
    }
}
