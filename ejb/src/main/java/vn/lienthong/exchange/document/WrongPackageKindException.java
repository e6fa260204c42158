package vn.lienthong.exchange.document;

import vn.lienthong.platform.BusinessException;

/** A status package sent where a document package is expected, or the other way round. */
public class WrongPackageKindException extends BusinessException {

    public WrongPackageKindException(boolean expectedDocument) {
        super("WRONG_PACKAGE_KIND",
                expectedDocument ? "Expected a document package (MessageHeader); this is a status package: send it to /api/v1/statuses"
                        : "Expected a status package (Status); this is a document package: send it to /api/v1/documents",
                expectedDocument ? "Cần gói tin văn bản (MessageHeader); đây là gói tin trạng thái, hãy gửi tới /api/v1/statuses"
                        : "Cần gói tin trạng thái (Status); đây là gói tin văn bản, hãy gửi tới /api/v1/documents",
                expectedDocument ? "edXMLHeader/Status" : "edXMLHeader/MessageHeader");
    }
}
