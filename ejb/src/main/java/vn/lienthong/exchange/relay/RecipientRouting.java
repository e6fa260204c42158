package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.Optional;

/**
 * The federation's routing rule, pure: where a recipient goes given what this instance's directory
 * says of it and how the package arrived. A package never goes back to the hub it came from and a
 * package from the upstream never goes up again, so no route makes a loop (a hub's own code in an
 * incoming trace is refused besides: FORGED_TRACE_HEADER).
 */
public final class RecipientRouting {

    private final Optional<AgencyCode> upstream;

    /** @param upstream this instance's upstream hub, empty on a single hub and on the national axis */
    public RecipientRouting(Optional<AgencyCode> upstream) {
        this.upstream = Objects.requireNonNull(upstream);
    }

    public Route route(AgencyCode recipient, Whereabouts where, Arrival arrival) {
        if (where.known() && where.servedBy().isEmpty()) {
            return Route.of(recipient, Route.Kind.LOCAL);
        }
        if (where.known() && where.servedBy().equals(upstream)) {
            // An entry the directory follower took from the upstream's feed: reached up, as an
            // unknown code would be, and never sent back up to the upstream it came from.
            return arrival.upstream() ? Route.of(recipient, Route.Kind.UNKNOWN) : Route.via(recipient, Route.Kind.UP, upstream.get());
        }
        if (where.known()) {
            AgencyCode hub = where.servedBy().get();
            // The hub that relayed it has already served its own agencies: sending it back would loop.
            return arrival.peer().filter(hub::equals).isPresent()
                    ? Route.of(recipient, Route.Kind.UNKNOWN)
                    : Route.via(recipient, Route.Kind.DOWN, hub);
        }
        // Unknown here: the upstream may know it, unless the package is the upstream's own relay,
        // which names only recipients it believes this instance serves.
        if (upstream.isPresent() && !arrival.upstream()) {
            return Route.via(recipient, Route.Kind.UP, upstream.get());
        }
        return Route.of(recipient, Route.Kind.UNKNOWN);
    }
}
