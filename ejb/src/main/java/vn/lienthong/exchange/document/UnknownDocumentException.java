package vn.lienthong.exchange.document;

import vn.lienthong.platform.BusinessException;

/** No document with this id (or edXML DocumentId) exists on the hub. */
public class UnknownDocumentException extends BusinessException {

    public UnknownDocumentException(String id) {
        this(id, null);
    }

    public UnknownDocumentException(String id, String element) {
        super("UNKNOWN_DOCUMENT",
                "No document " + id + " exists on the hub",
                "Không có văn bản " + id + " trên trục",
                element);
    }
}
