package vn.lienthong.exchange.push;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.outbox.LeaseToken;

import java.util.Optional;

/**
 * One push to make now: which delivery, which package, where to, and the lease that lets its outcome
 * be recorded. {@code cannotPush} says why the attempt fails before any connection (the endpoint's
 * stored secret cannot be opened on this server), so that one bad row fails on its own schedule
 * rather than stopping every push.
 */
public record PushOrder(long deliveryId, HubDocumentId document, AgencyCode sender, AgencyCode recipient,
                        long sizeBytes, String sha256, PushTarget target, int attempt, LeaseToken lease,
                        Optional<String> cannotPush) {
}
