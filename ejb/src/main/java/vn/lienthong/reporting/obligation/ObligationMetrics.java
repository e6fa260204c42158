package vn.lienthong.reporting.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import vn.lienthong.platform.metrics.CachedCounts;
import vn.lienthong.platform.metrics.GaugeSettings;

import java.time.Clock;

/**
 * {@code lienthong_reporting_obligations{state}}: periodic reports not yet submitted, still due
 * (deadline ahead) or late (deadline passed). One count answers both.
 */
@ApplicationScoped
public class ObligationMetrics {

    @Inject
    ObligationRepository obligations;

    @Inject
    GaugeSettings gauges;

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    void register(@Observes Startup start) {
        CachedCounts<String> counts = gauges.cachedCounts(() -> obligations.openCounts(clock.instant()));
        Metadata metadata = Metadata.builder().withName("lienthong.reporting.obligations")
                .withDescription("Periodic reports not submitted yet: due (deadline ahead) or late (deadline passed)").build();
        for (String state : new String[]{"due", "late"}) {
            registry.gauge(metadata, () -> counts.get(state), new Tag("state", state));
        }
    }
}
