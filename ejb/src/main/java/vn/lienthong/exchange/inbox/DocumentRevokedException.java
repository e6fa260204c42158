package vn.lienthong.exchange.inbox;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.BusinessException;

/** The sender revoked the document before this recipient fetched it; it is no longer available. */
public class DocumentRevokedException extends BusinessException {

    public DocumentRevokedException(HubDocumentId id) {
        super("DOCUMENT_REVOKED", "Document " + id.value() + " was revoked by its sender",
                "Văn bản " + id.value() + " đã bị bên gửi thu hồi");
    }
}
