package vn.lienthong.directory.agency;

import vn.lienthong.platform.BusinessException;

/** A string that is not an agency identifier code of QCVN 102:2016. */
public class InvalidAgencyCodeException extends BusinessException {

    public InvalidAgencyCodeException(String value, String why) {
        super("INVALID_AGENCY_CODE",
                value == null ? "An agency code is required"
                        : "'" + value + "' is not a valid agency code: " + why,
                value == null ? "Thiếu mã định danh cơ quan"
                        : "'" + value + "' không phải mã định danh cơ quan hợp lệ (dạng NNN.NN.NN.LNN, ví dụ 000.00.00.G22)");
    }
}
