package vn.lienthong.exchange.sent;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.TakeBackState;
import vn.lienthong.exchange.edxml.BusinessType;

import java.time.Instant;
import java.util.List;

/** A document as its sender sees it: what was sent and where it stands with each recipient. */
public record SentDocumentView(HubDocumentId documentId, String edxmlDocumentId, String codeNumber,
                               String codeNotation, String subject, BusinessType businessType, boolean signed,
                               long sizeBytes, String sha256, Instant receivedAt, List<RecipientView> recipients,
                               HubDocumentId relatedDocumentId, String relatedEdxmlDocumentId,
                               TakeBackState takeBackState) {

    public SentDocumentView {
        recipients = List.copyOf(recipients);
    }
}
