package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import java.time.Instant;
import java.util.List;

/** One recipient of a sent document: transport state and, in order, the statuses it reported. */
public record RecipientView(AgencyCode code, String name, DeliveryState state, Instant deliveredAt, String deliveredBy,
                            Instant fetchedAt, int fetchFailures, String lastFailureReason,
                            List<StatusView> statuses, AgencyCode routedFrom) {

    public RecipientView {
        statuses = List.copyOf(statuses);
    }
}
