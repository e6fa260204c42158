package vn.lienthong.exchange.submission;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.BusinessException;

/** The same Idempotency-Key came back with a different package: a client bug, never silently merged. */
public class IdempotencyKeyReusedException extends BusinessException {

    private final transient HubDocumentId firstDocument;

    public IdempotencyKeyReusedException(String key, HubDocumentId firstDocument) {
        super("IDEMPOTENCY_KEY_REUSED",
                "Idempotency-Key '" + key + "' was already used for document " + firstDocument + " with a different package",
                "Idempotency-Key '" + key + "' đã được dùng cho văn bản " + firstDocument + " với một gói tin khác",
                "Idempotency-Key");
        this.firstDocument = firstDocument;
    }

    /** The document the key was first used for. */
    public HubDocumentId firstDocument() {
        return firstDocument;
    }
}
