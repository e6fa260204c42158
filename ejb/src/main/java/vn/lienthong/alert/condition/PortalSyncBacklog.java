package vn.lienthong.alert.condition;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueueCount;

/** Changes still waiting for the national portal: the pending items of the queues that go there. */
@ApplicationScoped
public class PortalSyncBacklog implements Condition {

    @EJB
    OutboxService outbox;

    @Override
    public AlertKind kind() {
        return AlertKind.PORTAL_SYNC_BACKLOG;
    }

    @Override
    public Observation observe(long threshold) {
        long waiting = outbox.counts().stream()
                .filter(c -> c.state() == OutboxState.PENDING && PortalQueues.NAMES.contains(c.queue()))
                .mapToLong(QueueCount::count).sum();
        return Observation.of(kind(), waiting, waiting + " change(s) waiting for the national portal (queues "
                + PortalQueues.NAMES + ")", waiting + " thay đổi đang chờ gửi lên Cổng Dịch vụ công (hàng đợi " + PortalQueues.NAMES + ")");
    }
}
