package vn.lienthong.web.rest.exchange.push;

import vn.lienthong.exchange.push.PushEndpointView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/**
 * An agency's push endpoint. In a request: url, and username + secret if the endpoint asks for
 * HTTP Basic. In a response the secret is never shown, only whether one is set.
 */
public record PushEndpointJson(String url, String username, String secret, Boolean secretSet,
                               OffsetDateTime registeredAt, OffsetDateTime updatedAt) {

    static PushEndpointJson of(PushEndpointView v) {
        return new PushEndpointJson(v.url(), v.user().orElse(null), null, v.secretSet(), Times.local(v.registeredAt()),
                Times.local(v.updatedAt()));
    }
}
