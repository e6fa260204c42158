package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;

import java.net.URI;
import java.time.Instant;

/** A federation peer as administrators see it: never its secret. */
public record PeerView(AgencyCode hub, URI base, String account, Instant registeredAt, Instant updatedAt) {

    static PeerView of(FederationPeer p) {
        return new PeerView(p.hub(), p.base(), p.account(), p.registeredAt(), p.updatedAt());
    }
}
