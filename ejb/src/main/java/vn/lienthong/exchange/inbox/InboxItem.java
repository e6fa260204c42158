package vn.lienthong.exchange.inbox;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.TakeBackState;
import vn.lienthong.exchange.edxml.BusinessType;
import vn.lienthong.signature.verification.PackageSignatureView;

import java.time.Instant;

/**
 * A document in a recipient's inbox, as the inbox listing shows it, with what the hub found about its
 * signatures ({@code signature} null for documents accepted before the hub verified them).
 */
public record InboxItem(HubDocumentId documentId, AgencyCode sender, String senderName, String edxmlDocumentId,
                        String codeNumber, String codeNotation, String subject, BusinessType businessType,
                        boolean signed, int attachmentCount, long sizeBytes, String sha256, Instant receivedAt,
                        DeliveryState state, Instant deliveredAt, Instant fetchedAt, int fetchFailures,
                        HubDocumentId relatedDocumentId, String relatedEdxmlDocumentId, TakeBackState takeBackState,
                        PackageSignatureView signature) {
}
