package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.BusinessException;

/** An edXML package with a required element missing or a value the format does not allow. */
public class InvalidPackageException extends BusinessException {

    public InvalidPackageException(String element, String problemEn, String problemVi) {
        super("INVALID_PACKAGE", element + ": " + problemEn, element + ": " + problemVi, element);
    }

    public static InvalidPackageException missing(String element) {
        return new InvalidPackageException(element, "required element is missing", "thiếu phần tử bắt buộc");
    }
}
