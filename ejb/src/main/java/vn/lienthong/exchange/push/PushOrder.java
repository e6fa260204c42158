package vn.lienthong.exchange.push;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.PackageLocation;

import java.util.Optional;

/**
 * One push to make now: which package, from whom, and where to. {@code cannotPush} says why the
 * attempt fails before any connection (the endpoint's stored secret cannot be opened on this
 * server), so that one bad item fails on its own schedule rather than stopping every push. The
 * package is read from where retention put it ({@code location}).
 */
public record PushOrder(HubDocumentId document, AgencyCode sender, long sizeBytes, String sha256, PackageLocation location,
                        PushTarget target, Optional<String> cannotPush) {
}
