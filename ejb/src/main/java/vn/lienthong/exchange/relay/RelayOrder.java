package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.Hops;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.PackageLocation;

import java.util.List;

/**
 * One relay to make: the stored document, the hops to append (every earlier hop, then this hub's
 * with the moment it accepted the document, so every attempt sends the same bytes), the recipients
 * the peer is to serve, and how to reach it.
 */
public record RelayOrder(HubDocumentId document, AgencyCode peer, PackageLocation location, String sha256, Hops hops,
                         List<AgencyCode> relayFor, String idempotencyKey, PeerTarget target) {

    public RelayOrder {
        relayFor = List.copyOf(relayFor);
        if (relayFor.isEmpty() || hops.isEmpty()) {
            throw new IllegalArgumentException("A relay names its recipients and carries this hub's hop at least");
        }
    }
}
