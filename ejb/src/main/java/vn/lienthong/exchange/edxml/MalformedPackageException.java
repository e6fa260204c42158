package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.BusinessException;

/** The body is not well-formed XML. */
public class MalformedPackageException extends BusinessException {

    public MalformedPackageException(int line, int column, String parserMessage) {
        super("MALFORMED_XML",
                "The package is not well-formed XML (line " + line + ", column " + column + "): " + parserMessage,
                "Gói tin không phải XML hợp lệ (dòng " + line + ", cột " + column + ")",
                line < 0 ? "edXML" : "edXML (line " + line + ", column " + column + ")");
    }
}
