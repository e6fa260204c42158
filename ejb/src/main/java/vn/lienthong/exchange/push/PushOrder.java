package vn.lienthong.exchange.push;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.util.Optional;

/**
 * One push to make now: which package, from whom, and where to. {@code cannotPush} says why the
 * attempt fails before any connection (the endpoint's stored secret cannot be opened on this
 * server), so that one bad item fails on its own schedule rather than stopping every push.
 */
public record PushOrder(HubDocumentId document, AgencyCode sender, long sizeBytes, String sha256, PushTarget target,
                        Optional<String> cannotPush) {
}
