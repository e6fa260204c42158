package vn.lienthong.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import vn.lienthong.platform.metrics.CachedCounts;
import vn.lienthong.platform.metrics.GaugeSettings;

/**
 * {@code lienthong_deliveries{state}}: deliveries (one per document and recipient) in each state. The
 * inbox deliveries are the hub's other durable queue: QUEUED is on its way to an inbox, DELIVERED
 * waits in one for the recipient's software. One grouped count serves the four gauges.
 */
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    GaugeSettings gauges;

    @Inject
    MetricRegistry registry;

    void register(@Observes Startup start) {
        CachedCounts<DeliveryState> counts = gauges.cachedCounts(deliveries::countsByState);
        Metadata metadata = Metadata.builder().withName("lienthong.deliveries")
                .withDescription("Deliveries in each state (QUEUED: on the way to an inbox, DELIVERED: waiting to be fetched)").build();
        for (DeliveryState state : DeliveryState.values()) {
            registry.gauge(metadata, () -> counts.get(state), new Tag("state", state.name()));
        }
    }
}
