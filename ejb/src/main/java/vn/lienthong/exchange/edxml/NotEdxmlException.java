package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.BusinessException;

/** Well-formed XML, but not an edXML package of QCVN 102:2016 (wrong root or namespace). */
public class NotEdxmlException extends BusinessException {

    public NotEdxmlException(String found) {
        super("NOT_EDXML",
                "Not an edXML package: expected root element edXML in namespace " + EdxmlNames.NAMESPACE
                        + ", found " + found,
                "Không phải gói tin edXML: phần tử gốc phải là edXML thuộc không gian tên " + EdxmlNames.NAMESPACE,
                "edXML");
    }
}
