package vn.lienthong.procedure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueueMetrics;

/**
 * {@code lienthong_portal_sync_backlog}: dossier changes not yet on the national portal (pending or
 * failed), the figure the portal's operators ask about first. Read from the queue gauges' own count.
 */
@ApplicationScoped
public class PortalSyncMetrics {

    @Inject
    QueueMetrics queues;

    @Inject
    MetricRegistry registry;

    void register(@Observes Startup start) {
        registry.gauge(Metadata.builder().withName("lienthong.portal.sync.backlog")
                        .withDescription("Dossier changes not yet synchronised with the national portal (pending and failed)").build(),
                () -> backlog(queues.count(PortalSender.QUEUE, OutboxState.PENDING), queues.count(PortalSender.QUEUE, OutboxState.FAILED)));
    }

    /** Unknown (-1) when either count is. */
    static long backlog(long pending, long failed) {
        return pending < 0 || failed < 0 ? -1 : pending + failed;
    }
}
