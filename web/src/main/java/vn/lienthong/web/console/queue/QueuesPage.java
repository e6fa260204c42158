package vn.lienthong.web.console.queue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.push.DeadPush;
import vn.lienthong.exchange.push.PushService;
import vn.lienthong.exchange.push.PushState;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueueCount;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.web.console.ConsoleMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Queues (hàng đợi): the failures of every durable queue of {@code platform.outbox}, each with a
 * re-drive button and one for the whole queue, and the pushes that died (dead letters).
 */
@Named("queues")
@RequestScoped
public class QueuesPage {

    /** How many failures of one queue the page lists (the REST API pages through the rest). */
    static final int SHOWN = 100;

    @Inject
    OutboxService outbox;

    @Inject
    PushService pushes;

    @Inject
    ConsoleMessages messages;

    private List<QueueFailures> queues;
    private List<DeadPush> deadPushes;

    /** One queue with its counts per state and its failed items. */
    public record QueueFailures(String queue, Map<OutboxState, Long> counts, List<QueuedItem> failures) {

        public long getPending() {
            return counts.getOrDefault(OutboxState.PENDING, 0L);
        }

        public long getFailed() {
            return counts.getOrDefault(OutboxState.FAILED, 0L);
        }

        public long getSent() {
            return counts.getOrDefault(OutboxState.SENT, 0L);
        }
    }

    @PostConstruct
    void load() {
        Map<String, Map<OutboxState, Long>> counts = new TreeMap<>();
        for (QueueCount c : outbox.counts()) {
            counts.computeIfAbsent(c.queue(), q -> new TreeMap<>()).merge(c.state(), c.count(), Long::sum);
        }
        queues = new ArrayList<>();
        counts.forEach((queue, byState) -> queues.add(new QueueFailures(queue, byState,
                byState.getOrDefault(OutboxState.FAILED, 0L) == 0 ? List.of() : outbox.failures(queue, SHOWN))));
        deadPushes = pushes.deadLetters(Optional.empty(), Optional.empty(), SHOWN).items();
    }

    public String redrive(String queue, long id) {
        try {
            outbox.redrive(queue, id);
            messages.info("queue.redriven", queue, id);
        } catch (BusinessException e) {
            messages.refused(e);
        }
        return "/console/queues.xhtml?faces-redirect=true";
    }

    public String redriveAll(String queue) {
        int count = outbox.redriveAll(queue, Optional.empty());
        messages.info("queue.redrivenAll", queue, count);
        return "/console/queues.xhtml?faces-redirect=true";
    }

    public String redrivePush(String document, String recipient) {
        try {
            PushState state = pushes.redrive(new HubDocumentId(document), AgencyCode.of(recipient));
            messages.info("queue.pushRedriven", document, recipient, state.name());
        } catch (BusinessException e) {
            messages.refused(e);
        }
        return "/console/queues.xhtml?faces-redirect=true";
    }

    public List<QueueFailures> getQueues() {
        return queues;
    }

    public List<DeadPush> getDeadPushes() {
        return deadPushes;
    }
}
