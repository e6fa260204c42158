package vn.lienthong.reporting;

import vn.lienthong.platform.BusinessException;

/** An agency asked for reports it neither made nor receives, directly or further up the hierarchy. */
public class NotYourReportException extends BusinessException {

    public NotYourReportException(String what, String caller) {
        super("NOT_YOUR_REPORT", "Agency " + caller + " may not read or act on " + what,
                "Cơ quan " + caller + " không được xem hoặc thao tác trên " + what);
    }
}
