package vn.lienthong.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import vn.lienthong.platform.metrics.CachedCounts;
import vn.lienthong.platform.metrics.GaugeSettings;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code lienthong_queue_items{queue,state}}: how many items every durable queue (push, portal-sync,
 * feedback-publication, handover) holds in each state — PENDING is its depth, FAILED its failures
 * waiting for a re-drive. One grouped count of the outbox serves every queue and state.
 */
@ApplicationScoped
public class QueueMetrics {

    static final String ITEMS = "lienthong.queue.items";

    @Inject
    OutboxService outbox;

    @Inject
    Senders senders;

    @Inject
    GaugeSettings gauges;

    @Inject
    MetricRegistry registry;

    private CachedCounts<String> counts;

    void register(@Observes Startup start) {
        counts = gauges.cachedCounts(this::count);
        Metadata items = Metadata.builder().withName(ITEMS)
                .withDescription("Items of each durable queue in each state (PENDING: depth, FAILED: waiting for a re-drive)").build();
        for (Sender sender : senders.all()) {
            for (OutboxState state : OutboxState.values()) {
                String key = key(sender.queue(), state);
                registry.gauge(items, () -> counts.get(key), new Tag("queue", sender.queue()), new Tag("state", state.name()));
            }
        }
    }

    /** The items of {@code queue} in {@code state}, from the same cached count as the gauges. */
    public long count(String queue, OutboxState state) {
        return counts.get(key(queue, state));
    }

    private Map<String, Long> count() {
        Map<String, Long> byKey = new HashMap<>();
        for (QueueCount c : outbox.counts()) {
            byKey.put(key(c.queue(), c.state()), c.count());
        }
        return byKey;
    }

    private static String key(String queue, OutboxState state) {
        return queue + "/" + state;
    }
}
