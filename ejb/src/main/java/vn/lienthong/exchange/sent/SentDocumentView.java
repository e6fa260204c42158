package vn.lienthong.exchange.sent;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.TakeBackState;
import vn.lienthong.exchange.edxml.BusinessType;
import vn.lienthong.signature.verification.PackageSignatureView;

import java.time.Instant;
import java.util.List;

/**
 * A document as its sender sees it: what was sent, what the hub found about its signatures
 * ({@code signature} null for documents accepted before it verified them) and where it stands with
 * each recipient.
 */
public record SentDocumentView(HubDocumentId documentId, String edxmlDocumentId, String codeNumber,
                               String codeNotation, String subject, BusinessType businessType, boolean signed,
                               long sizeBytes, String sha256, Instant receivedAt, List<RecipientView> recipients,
                               HubDocumentId relatedDocumentId, String relatedEdxmlDocumentId,
                               TakeBackState takeBackState, PackageSignatureView signature) {

    public SentDocumentView {
        recipients = List.copyOf(recipients);
    }
}
