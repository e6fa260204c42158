package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one recipient of a package goes from this instance (docs/federation.md, "Which recipient
 * goes where").
 *
 * @param via the peer hub that holds the recipient for {@link Kind#UP} and {@link Kind#DOWN}
 */
public record Route(AgencyCode recipient, Kind kind, Optional<AgencyCode> via) {

    public enum Kind {
        /** Delivered by this instance, as a single hub delivers. */
        LOCAL,
        /** Relayed to the upstream hub. */
        UP,
        /** Relayed to the downstream hub that serves it. */
        DOWN,
        /** Nowhere this instance can reach (or back where it came from): the package is refused for it. */
        UNKNOWN
    }

    public Route {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(via);
        if ((kind == Kind.UP || kind == Kind.DOWN) != via.isPresent()) {
            throw new IllegalArgumentException("A relayed route names its hub, and only a relayed route does: " + kind);
        }
    }

    static Route of(AgencyCode recipient, Kind kind) {
        return new Route(recipient, kind, Optional.empty());
    }

    static Route via(AgencyCode recipient, Kind kind, AgencyCode hub) {
        return new Route(recipient, kind, Optional.of(hub));
    }
}
