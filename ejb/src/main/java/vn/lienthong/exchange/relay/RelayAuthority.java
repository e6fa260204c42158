package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may relay what to this instance (docs/federation.md, "How one hub signs in to another"), pure:
 * the upstream's account relays down packages whose sender this instance does not serve; a hub
 * below (an entry some agencies' {@code served_by} names) relays up its own agencies' packages;
 * no other account may relay at all.
 */
public final class RelayAuthority {

    private final Optional<AgencyCode> upstream;

    /** @param upstream this instance's upstream hub, empty on a single hub and on the national axis */
    public RelayAuthority(Optional<AgencyCode> upstream) {
        this.upstream = Objects.requireNonNull(upstream);
    }

    /**
     * Refuses, before a byte of the package is read, an account that is no hub.
     *
     * @param servedByCaller how many agencies of this directory name the caller as their hub
     */
    public void requireHub(AgencyCode caller, long servedByCaller) {
        if (!isUpstream(caller) && servedByCaller == 0) {
            throw RelayNotAllowedException.notAHub(caller);
        }
    }

    /**
     * How the package arrived, once its sender ({@code From}) is known.
     *
     * @param from      the package's sender
     * @param fromHere  what this directory says of the sender
     * @throws RelayNotAllowedException when the caller does not relay for that sender
     */
    public Arrival arrival(AgencyCode caller, long servedByCaller, AgencyCode from, Whereabouts fromHere) {
        requireHub(caller, servedByCaller);
        if (isUpstream(caller)) {
            if (fromHere.known() && fromHere.servedBy().isEmpty()) {
                throw RelayNotAllowedException.servedHere(caller, from);
            }
            return Arrival.fromUpstream(caller);
        }
        if (!fromHere.servedBy().filter(caller::equals).isPresent()) {
            throw RelayNotAllowedException.notServedBy(caller, from);
        }
        return Arrival.fromDownstream(caller);
    }

    private boolean isUpstream(AgencyCode caller) {
        return upstream.filter(caller::equals).isPresent();
    }
}
