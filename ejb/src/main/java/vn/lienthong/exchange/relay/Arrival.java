package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.Optional;

/**
 * How a package reached this instance: from an agency it serves, or relayed by a peer hub (its
 * upstream, or a hub below it). A relayed package is routed only for the recipients the relaying
 * hub named (LienThong-Relay-For); the others of its {@code To} are other branches' business.
 *
 * @param peer     the relaying hub's code; empty for an agency's own submission
 * @param upstream whether that hub is this instance's upstream
 */
public record Arrival(Optional<AgencyCode> peer, boolean upstream) {

    public Arrival {
        Objects.requireNonNull(peer);
        if (upstream && peer.isEmpty()) {
            throw new IllegalArgumentException("A package from the upstream names the upstream");
        }
    }

    public static Arrival fromAgency() {
        return new Arrival(Optional.empty(), false);
    }

    public static Arrival fromUpstream(AgencyCode upstream) {
        return new Arrival(Optional.of(upstream), true);
    }

    public static Arrival fromDownstream(AgencyCode hub) {
        return new Arrival(Optional.of(hub), false);
    }

    public boolean relayed() {
        return peer.isPresent();
    }
}
