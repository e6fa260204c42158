package vn.lienthong.web.rest.exchange.inbox;

import vn.lienthong.exchange.inbox.InboxItem;
import vn.lienthong.web.rest.Times;
import vn.lienthong.web.rest.signature.SignatureJson;

import java.time.OffsetDateTime;

/** A document waiting in (or fetched from) a recipient's inbox. */
public record InboxItemJson(String documentId, String sender, String senderName, String edxmlDocumentId,
                            String codeNumber, String codeNotation, String subject, int businessType,
                            boolean signed, int attachmentCount, long sizeBytes, String sha256,
                            OffsetDateTime receivedAt, String state, OffsetDateTime deliveredAt,
                            OffsetDateTime fetchedAt, int fetchFailures, String businessAction,
                            String relatedDocumentId, String relatedEdxmlDocumentId, String takeBackState,
                            SignatureJson signature) {

    static InboxItemJson of(InboxItem i, SignatureJson signature) {
        return new InboxItemJson(i.documentId().value(), i.sender().value(), i.senderName(), i.edxmlDocumentId(),
                i.codeNumber(), i.codeNotation(), i.subject(), i.businessType().code(), i.signed(),
                i.attachmentCount(), i.sizeBytes(), i.sha256(), Times.local(i.receivedAt()), i.state().name(),
                Times.local(i.deliveredAt()), Times.local(i.fetchedAt()), i.fetchFailures(), i.businessType().name(),
                i.relatedDocumentId() == null ? null : i.relatedDocumentId().value(), i.relatedEdxmlDocumentId(),
                i.takeBackState() == null ? null : i.takeBackState().name(), signature);
    }
}
