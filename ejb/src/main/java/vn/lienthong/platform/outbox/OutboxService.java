package vn.lienthong.platform.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.time.Backoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bookkeeping of every queue ({@link OutboxItem}): items are queued in the transaction of the
 * change they announce; the relay lists the due ones, claims each right before its attempt and records
 * the outcome under its claim; administrators list failures, re-drive them and count items per queue
 * and state. Each relay step runs in a transaction of its own (the relay itself has none).
 */
@Stateless
public class OutboxService {

    @Inject
    OutboxItemRepository items;

    @Inject
    Senders senders;

    @Inject
    Clock clock;

    @Inject
    Event<QueueItemRedriven> redriven;

    @Inject
    Event<QueueRedrivenInBulk> redrivenInBulk;

    /** Queues an item in the caller's transaction, so that it exists exactly when the change it announces does. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String queue, String key, long seq, String payload) {
        enqueue(queue, key, seq, payload, Optional.empty());
    }

    /**
     * As {@link #enqueue(String, String, long, String)}, for an item that must not go before the item
     * {@code waitsFor} (its id): it is not due while that one is still to be sent
     * ({@link OutboxItem#mayGoAfter}).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String queue, String key, long seq, String payload, Optional<Long> waitsFor) {
        senders.of(queue);
        items.add(new OutboxItem(queue, key, seq, payload, clock.instant(), waitsFor));
    }

    /**
     * Up to {@code limit} due items of a queue, oldest due first; in an ordered queue only those with
     * no earlier item of their key still pending or FAILED ({@link KeyOrder}).
     */
    public List<Long> due(String queue, boolean ordered, int limit) {
        return items.due(queue, ordered, clock.instant(), limit);
    }

    /** Claims one item for one attempt: empty when it is not due any more (another server has it). */
    public Optional<Claimed<QueuedItem>> claim(long id, Duration lease) {
        return items.find(id).flatMap(item -> item.claim(clock.instant(), lease, awaited(item))
                .map(token -> new Claimed<>(QueuedItem.of(item), token)));
    }

    /** The state of the item {@code item} waits for; empty when it waits for none, or that one is gone. */
    private Optional<OutboxState> awaited(OutboxItem item) {
        return item.waitsFor().flatMap(items::find).map(OutboxItem::state);
    }

    /** @return false when {@code holder} lost its claim: the outcome is another server's to record */
    public boolean sent(long id, LeaseToken holder) {
        OutboxItem item = items.find(id).orElse(null);
        Instant now = clock.instant();
        if (item == null || !item.sent(now, holder)) {
            return false;
        }
        senders.of(item.queue()).sent(QueuedItem.of(item), now);
        return true;
    }

    /**
     * @return the item's state after the failure (PENDING with a later attempt, or FAILED); empty when
     * {@code holder} lost its claim and nothing was recorded
     */
    public Optional<OutboxState> failed(long id, String error, Backoff backoff, LeaseToken holder) {
        OutboxItem item = items.find(id).orElse(null);
        return item != null && item.failed(error, clock.instant(), backoff, holder) ? Optional.of(item.state())
                : Optional.empty();
    }

    /** @return false when {@code holder} lost its claim */
    public boolean notNeeded(long id, LeaseToken holder) {
        OutboxItem item = items.find(id).orElse(null);
        return item != null && item.notNeeded(holder);
    }

    /** Withdraws the items of a key that are still to be sent (what they announced went away). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int cancel(String queue, String key) {
        return (int) items.ofKey(queue, key, KeyOrder.HOLDING_BACK).stream().filter(OutboxItem::cancel).count();
    }

    /** Withdraws one item, when it is still to be sent (a push whose document was pulled first). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean cancel(String queue, String key, long seq) {
        return items.find(queue, key, seq).map(OutboxItem::cancel).orElse(false);
    }

    /** The FAILED items of a queue, by key and number. */
    public List<QueuedItem> failures(String queue, int limit) {
        senders.of(queue);
        return items.failed(queue, limit).stream().map(QueuedItem::of).toList();
    }

    /**
     * The FAILED items of a queue in the order of their numbers, optionally of one key and after a
     * number: a queue whose numbers are unique across keys (a delivery's id) pages through them so.
     */
    public List<QueuedItem> failuresInOrder(String queue, Optional<String> key, Optional<Long> after, int limit) {
        senders.of(queue);
        return items.failedInOrder(queue, key, after, limit).stream().map(QueuedItem::of).toList();
    }

    /** Re-drives every FAILED item of a queue, optionally of one key. @return how many */
    public int redriveAll(String queue, Optional<String> key) {
        senders.of(queue);
        List<OutboxItem> failed = key.map(k -> items.ofKey(queue, k, Set.of(OutboxState.FAILED)))
                .orElseGet(() -> items.failed(queue));
        Instant now = clock.instant();
        int count = (int) failed.stream().filter(item -> item.redrive(now)).count();
        redrivenInBulk.fire(new QueueRedrivenInBulk(queue, key, count));
        return count;
    }

    /** The items of one key (a feedback's publications), in their order. */
    public List<QueuedItem> items(String queue, String key) {
        senders.of(queue);
        return items.ofKey(queue, key).stream().map(QueuedItem::of).toList();
    }

    /** The latest item of each key, most recently queued first (a dossier's latest change carries its current status). */
    public List<QueuedItem> latest(String queue, int limit) {
        senders.of(queue);
        return items.latestOfEachKey(queue, limit).stream().map(QueuedItem::of).toList();
    }

    /**
     * Sends a key's latest state again (what the destination shows drifted from it): its FAILED items,
     * and its latest item when SENT, go back in the queue with a fresh set of attempts. A latest item
     * still pending is on its way already and is left alone.
     *
     * @return whether anything was queued
     */
    public boolean sendAgain(String queue, String key) {
        senders.of(queue);
        List<OutboxItem> ofKey = items.ofKey(queue, key);
        Instant now = clock.instant();
        boolean queued = false;
        for (int i = 0; i < ofKey.size(); i++) {
            OutboxItem item = ofKey.get(i);
            boolean latest = i == ofKey.size() - 1;
            if (item.state() == OutboxState.FAILED || (latest && item.state() == OutboxState.SENT)) {
                queued |= item.requeue(now);
            }
        }
        return queued;
    }

    public Optional<QueuedItem> find(String queue, String key, long seq) {
        return items.find(queue, key, seq).map(QueuedItem::of);
    }

    /**
     * An administrator sends a FAILED item again, with a fresh set of attempts.
     *
     * @throws UnknownQueueItemException  when the queue has no such item
     * @throws QueueItemNotFailedException when it has not FAILED
     */
    public QueuedItem redrive(String queue, long id) {
        senders.of(queue);
        OutboxItem item = items.find(id).orElse(null);
        if (item == null || !item.queue().equals(queue)) {
            throw new UnknownQueueItemException(queue, id);
        }
        QueuedItem before = QueuedItem.of(item);
        if (!item.redrive(clock.instant())) {
            throw new QueueItemNotFailedException(queue, id, item.state());
        }
        QueuedItem after = QueuedItem.of(item);
        redriven.fire(new QueueItemRedriven(before, after));
        return after;
    }

    /**
     * Re-drives the FAILED item of a key and number, for an administration that names items so (a
     * feedback's publication, a dossier's step) and keeps refusal codes of its own.
     *
     * @param unknown   the refusal when the queue has no such item
     * @param notFailed the refusal when it has not FAILED, given its state
     */
    public QueuedItem redrive(String queue, String key, long seq, Supplier<? extends BusinessException> unknown,
                              Function<OutboxState, ? extends BusinessException> notFailed) {
        QueuedItem item = find(queue, key, seq).orElseThrow(unknown);
        if (item.state() != OutboxState.FAILED) {
            throw notFailed.apply(item.state());
        }
        return redrive(queue, item.id());
    }

    /** When the oldest item still waiting in any of these queues was queued (how far behind they are). */
    public Optional<Instant> oldestPending(Collection<String> queues) {
        queues.forEach(senders::of);
        return items.oldestPending(queues);
    }

    /** How many items each queue holds in each state (zero included), by queue and state. */
    public List<QueueCount> counts() {
        Map<String, Map<OutboxState, Long>> counted = new java.util.TreeMap<>();
        for (Sender sender : senders.all()) {
            Map<OutboxState, Long> byState = new EnumMap<>(OutboxState.class);
            for (OutboxState state : OutboxState.values()) {
                byState.put(state, 0L);
            }
            counted.put(sender.queue(), byState);
        }
        for (Object[] row : items.counts()) {
            Map<OutboxState, Long> byState = counted.get((String) row[0]);
            if (byState != null) {
                byState.put((OutboxState) row[1], ((Number) row[2]).longValue());
            }
        }
        List<QueueCount> counts = new ArrayList<>();
        counted.forEach((queue, byState) -> byState.forEach((state, n) -> counts.add(new QueueCount(queue, state, n))));
        return counts;
    }
}
