package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.LeaseToken;

/** One push to make now: which delivery, which package, where to, and the lease that lets its outcome be recorded. */
public record PushOrder(long deliveryId, HubDocumentId document, AgencyCode sender, AgencyCode recipient,
                        long sizeBytes, String sha256, PushTarget target, int attempt, LeaseToken lease) {
}
