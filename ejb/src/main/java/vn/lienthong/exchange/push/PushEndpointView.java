package vn.lienthong.exchange.push;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;
import java.util.Optional;

/** An agency's push endpoint as shown back to it: never the secret, only whether one is set. */
public record PushEndpointView(AgencyCode agency, String url, Optional<String> user, boolean secretSet,
                               Instant registeredAt, Instant updatedAt) {

    static PushEndpointView of(PushEndpoint endpoint) {
        return new PushEndpointView(endpoint.agency(), endpoint.url().toString(), endpoint.user(),
                endpoint.sealedSecret().isPresent(), endpoint.registeredAt(), endpoint.updatedAt());
    }
}
