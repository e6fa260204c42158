package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

/** One push to make now: which delivery, which package, where to. */
public record PushOrder(long deliveryId, HubDocumentId document, AgencyCode sender, AgencyCode recipient,
                        long sizeBytes, String sha256, PushTarget target, int attempt) {
}
