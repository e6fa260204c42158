package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.util.List;

/**
 * One status relay to make: the status package stored here (sent as it is, byte for byte), the
 * agencies the peer is to serve it for ({@code LienThong-Relay-For}: the document's sender going
 * back, the recipients the peer holds for a take-back request going down), and how to reach it.
 */
public record StatusRelayOrder(HubDocumentId status, AgencyCode peer, String sha256, List<AgencyCode> relayFor,
                               PeerTarget target) {

    public StatusRelayOrder {
        relayFor = List.copyOf(relayFor);
        if (relayFor.isEmpty()) {
            throw new IllegalArgumentException("A status relay names whom the peer serves it for");
        }
    }
}
