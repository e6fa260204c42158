package vn.lienthong.directory.agency;

import vn.lienthong.platform.BusinessException;

/** No agency with this code is registered in the directory. */
public class UnknownAgencyException extends BusinessException {

    public UnknownAgencyException(AgencyCode code) {
        super("UNKNOWN_AGENCY",
                "No agency with code " + code + " is registered in the directory",
                "Không có cơ quan mang mã " + code + " trong danh bạ");
    }
}
