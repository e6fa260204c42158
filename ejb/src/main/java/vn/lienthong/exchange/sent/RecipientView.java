package vn.lienthong.exchange.sent;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.relay.RelayState;
import vn.lienthong.exchange.status.StatusView;

import java.time.Instant;
import java.util.List;

/**
 * One recipient of a sent document: transport state and, in order, the statuses it reported. A
 * recipient behind another hub (docs/federation.md) names that hub ({@code heldBy}) and where the
 * relay to it stands ({@code relay}); both are null for a recipient this instance serves.
 */
public record RecipientView(AgencyCode code, String name, DeliveryState state, Instant deliveredAt, String deliveredBy,
                            Instant fetchedAt, int fetchFailures, String lastFailureReason,
                            List<StatusView> statuses, AgencyCode routedFrom, AgencyCode heldBy, RelayState relay) {

    public RecipientView {
        statuses = List.copyOf(statuses);
    }
}
