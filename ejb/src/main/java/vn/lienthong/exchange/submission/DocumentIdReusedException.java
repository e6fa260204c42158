package vn.lienthong.exchange.submission;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.BusinessException;

/**
 * The package claims an edXML DocumentId (with its business type) that this sender already used for
 * a different package. Only identical bytes (or the same Idempotency-Key) are a retry; anything else
 * under the same DocumentId would be a second document that one reader routes as the first and
 * another as new, so it is refused rather than dropped as a replay.
 */
public class DocumentIdReusedException extends BusinessException {

    public DocumentIdReusedException(String edxmlDocumentId, HubDocumentId firstDocument) {
        super("DOCUMENT_ID_REUSED",
                "DocumentId '" + edxmlDocumentId + "' was already used for document " + firstDocument
                        + " with a different package: give a new document its own DocumentId, or send a change as an update (2) or replace (3)",
                "DocumentId '" + edxmlDocumentId + "' đã được dùng cho văn bản " + firstDocument
                        + " với một gói tin khác: văn bản mới phải có DocumentId riêng, thay đổi thì gửi dạng cập nhật (2) hoặc thay thế (3)",
                "MessageHeader/DocumentId");
    }
}
