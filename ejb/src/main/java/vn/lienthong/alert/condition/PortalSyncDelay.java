package vn.lienthong.alert.condition;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.time.HubClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long the oldest change still waiting for the national portal has waited, in minutes. */
@ApplicationScoped
public class PortalSyncDelay implements Condition {

    @EJB
    OutboxService outbox;

    @Inject
    Clock clock;

    @Override
    public AlertKind kind() {
        return AlertKind.PORTAL_SYNC_DELAY;
    }

    @Override
    public Observation observe(long threshold) {
        Optional<Instant> oldest = outbox.oldestPending(PortalQueues.NAMES);
        if (oldest.isEmpty()) {
            return new Observation(kind(), Optional.empty(), "Nothing waits for the national portal",
                    "Không có thay đổi nào chờ gửi lên Cổng Dịch vụ công");
        }
        long minutes = Math.max(0, Duration.between(oldest.get(), clock.instant()).toMinutes());
        return Observation.of(kind(), minutes, "The oldest change waiting for the national portal was queued at "
                        + HubClock.local(oldest.get()) + " (" + minutes + " min ago)",
                "Thay đổi chờ lâu nhất được xếp hàng lúc " + HubClock.local(oldest.get()) + " (" + minutes + " phút trước)");
    }
}
