package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.BusinessException;

/**
 * The package uses an XML construct the hub never processes: a document type declaration,
 * entity declarations or references. They serve no purpose in edXML and are the way to XXE and
 * entity-expansion attacks.
 */
public class ForbiddenXmlException extends BusinessException {

    public ForbiddenXmlException(String construct) {
        super("XML_CONSTRUCT_FORBIDDEN",
                "The package contains " + construct + ", which the hub does not accept (no DTDs or entities in edXML)",
                "Gói tin chứa " + construct + ", trục không chấp nhận (edXML không dùng DTD hay thực thể)",
                construct);
    }
}
