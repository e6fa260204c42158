package vn.lienthong.reporting.obligation;

import vn.lienthong.platform.BusinessException;

/** A period the directory and the regime together cannot give obligations for (a reporter without a recipient). */
public class PeriodNotOpenedException extends BusinessException {

    public PeriodNotOpenedException(String messageEn, String messageVi) {
        super("PERIOD_NOT_OPENED", "The period cannot be opened: " + messageEn, "Không mở được kỳ báo cáo: " + messageVi);
    }
}
