package vn.lienthong.web.rest.federation;

import vn.lienthong.exchange.relay.PeerView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/**
 * A federation peer: as a request, {@code url}, {@code account} and {@code secret} (this hub's
 * account at the peer); as an answer, never the secret.
 */
public record PeerJson(String hub, String url, String account, String secret, OffsetDateTime registeredAt,
                       OffsetDateTime updatedAt) {

    static PeerJson of(PeerView v) {
        return new PeerJson(v.hub().value(), v.base().toString(), v.account(), null, Times.local(v.registeredAt()),
                Times.local(v.updatedAt()));
    }
}
