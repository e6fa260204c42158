package vn.lienthong.procedure.statistics;

import vn.lienthong.platform.BusinessException;

/** An agency asked for another agency's figures: each agency reads its own, administrators read all. */
public class NotYourStatisticsException extends BusinessException {

    public NotYourStatisticsException(String asked, String caller) {
        super("NOT_YOUR_STATISTICS", "Agency " + caller + " may read its own figures only, not those of " + asked,
                "Cơ quan " + caller + " chỉ được xem số liệu của chính mình, không được xem số liệu của " + asked);
    }
}
