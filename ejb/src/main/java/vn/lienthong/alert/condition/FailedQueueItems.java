package vn.lienthong.alert.condition;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueueCount;

import java.util.List;

/** FAILED items of every durable queue (pushes, portal sync, hand-overs, feedback publications, alert mail). */
@ApplicationScoped
public class FailedQueueItems implements Condition {

    @EJB
    OutboxService outbox;

    @Override
    public AlertKind kind() {
        return AlertKind.FAILED_QUEUE_ITEMS;
    }

    @Override
    public Observation observe(long threshold) {
        List<QueueCount> failed = outbox.counts().stream().filter(c -> c.state() == OutboxState.FAILED && c.count() > 0).toList();
        long total = failed.stream().mapToLong(QueueCount::count).sum();
        String byQueue = failed.isEmpty() ? "-" : String.join(", ", failed.stream().map(c -> c.queue() + " " + c.count()).toList());
        return Observation.of(kind(), total, total + " FAILED item(s) by queue: " + byQueue
                        + " (re-drive: POST /api/v1/admin/queues/{queue}/items/{id}/redrive)",
                total + " mục lỗi (FAILED) theo hàng đợi: " + byQueue);
    }
}
