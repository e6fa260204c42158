package vn.lienthong.reporting.obligation;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** The agency owes no report for the period (it is not a reporter of the regime then). */
public class NoObligationException extends BusinessException {

    public NoObligationException(AgencyCode agency, String regime, String period) {
        super("NO_OBLIGATION", "Agency " + agency + " owes no report for period " + period + " of regime " + regime,
                "Cơ quan " + agency + " không có nghĩa vụ báo cáo kỳ " + period + " của chế độ " + regime);
    }
}
