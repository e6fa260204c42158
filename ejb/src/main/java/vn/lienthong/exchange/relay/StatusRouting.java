package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a status recorded at this hop goes next (docs/federation.md, "What crosses a hop"), pure.
 * A recipient's status (01–06, and the take-back answers 15, 16) goes back the way the document
 * came: to the hub that relayed the document here, hop by hop to the sender's hub. The sender's
 * take-back request (13) goes the way the document went: to every hub holding recipients of it.
 * Neither goes back to the hub it came from, so no status loops.
 */
public final class StatusRouting {

    private StatusRouting() {
    }

    /**
     * @param takeBackRequest whether the status is the sender's take-back request (13)
     * @param relayedBy       the hub the document came from to this hop; empty where its sender is served here
     * @param heldBy          for each delivery of the document here, the hub holding it (empty: delivered here)
     * @param cameFrom        the hub that relayed this status here; empty when an agency reported it here
     * @return the hubs to relay the status to, each once, in the order first met
     */
    public static List<AgencyCode> peers(boolean takeBackRequest, Optional<AgencyCode> relayedBy,
                                         List<Optional<AgencyCode>> heldBy, Optional<AgencyCode> cameFrom) {
        Objects.requireNonNull(cameFrom);
        Set<AgencyCode> peers = new LinkedHashSet<>();
        if (takeBackRequest) {
            heldBy.forEach(hub -> hub.ifPresent(peers::add));
        } else {
            relayedBy.ifPresent(peers::add);
        }
        cameFrom.ifPresent(peers::remove);
        return List.copyOf(peers);
    }
}
