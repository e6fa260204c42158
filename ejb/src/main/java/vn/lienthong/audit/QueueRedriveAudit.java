package vn.lienthong.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.lienthong.platform.outbox.QueueItemRedriven;
import vn.lienthong.platform.outbox.QueueRedrivenInBulk;
import vn.lienthong.platform.outbox.QueuedItem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Re-drives of any durable queue (push, portal-sync, feedback, hand-over) are administrators' actions:
 * the outbox announces them in their transaction and they are written here, so that every
 * administration re-driving through the outbox is recorded once, whichever resource asked.
 */
@ApplicationScoped
public class QueueRedriveAudit {

    @Inject
    AuditTrail audit;

    void redriven(@Observes QueueItemRedriven event) {
        audit.record("queue.redrive", event.after().queue() + "/" + event.after().key() + "/" + event.after().seq(),
                state(event.before()), state(event.after()));
    }

    /** What changes in a re-drive; the payload, which it leaves as it is, would only fill the log. */
    private static Map<String, Object> state(QueuedItem item) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", item.id());
        state.put("state", item.state().name());
        state.put("attempts", item.attempts());
        state.put("nextAttemptAt", item.nextAttemptAt().toString());
        item.lastError().ifPresent(e -> state.put("lastError", e));
        return state;
    }

    void redrivenInBulk(@Observes QueueRedrivenInBulk event) {
        audit.record("queue.redrive-all", event.queue() + event.key().map(k -> "/" + k).orElse(""), null,
                Map.of("redriven", event.count()));
    }
}
