package vn.lienthong.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.time.Backoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends every queue: one timer per queue (so that a long queue does not hold another back) at the
 * interval of its {@link QueueSettings}. Each round lists the due items, claims each right before its
 * attempt with a lease sized for that one attempt, hands it to the queue's {@link Sender} outside
 * any transaction, and records the outcome under the claim. A queue whose sender is off waits.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    /** What a refused item is given: no further attempt, so it is FAILED at once. */
    private static final Backoff NO_MORE_ATTEMPTS = new Backoff(List.of());

    @Resource
    TimerService timers;

    /** The server's own threads, for queues that make several attempts side by side. */
    @Resource
    ManagedExecutorService executor;

    @EJB
    OutboxService outbox;

    @Inject
    Senders senders;

    private final Map<String, QueueSettings> settings = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        for (Sender sender : senders.all()) {
            Optional<String> off = sender.off();
            if (off.isPresent()) {
                LOG.log(Level.INFO, "Queue {0} is not sent by this server: {1}; its items wait", new Object[]{sender.queue(), off.get()});
                continue;
            }
            QueueSettings queue = sender.settings();
            settings.put(sender.queue(), queue);
            long every = queue.interval().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig(sender.queue(), false));
        }
    }

    @Timeout
    void round(Timer timer) {
        String queue = (String) timer.getInfo();
        if (!running.add(queue)) {
            return; // the previous round of this queue is still sending
        }
        try {
            send(senders.of(queue), settings.get(queue));
        } catch (RuntimeException e) {
            // The database may be away; the next round tries again and nothing is lost (the rows are the queue).
            LOG.log(Level.WARNING, "Round of queue {0} stopped: {1}", new Object[]{queue, e.toString()});
        } finally {
            running.remove(queue);
        }
    }

    private void send(Sender sender, QueueSettings queue) {
        List<Long> due;
        do {
            due = outbox.due(sender.queue(), queue.ordered(), queue.batch());
            for (int from = 0; from < due.size(); from += queue.concurrency()) {
                List<CompletableFuture<Void>> inFlight = new ArrayList<>();
                for (long id : due.subList(from, Math.min(due.size(), from + queue.concurrency()))) {
                    // Claimed right before the attempt, never ahead of it: a slow destination must not let
                    // the lease of the batch's tail run out.
                    Optional<Claimed<QueuedItem>> claimed = ConcurrentUpdates.unlessLostRace(
                            () -> outbox.claim(id, queue.lease()));
                    if (claimed.isPresent()) {
                        inFlight.add(queue.concurrency() == 1
                                ? CompletableFuture.completedFuture(attempt(sender, queue, claimed.get()))
                                : CompletableFuture.runAsync(() -> attempt(sender, queue, claimed.get()), executor));
                    }
                }
                CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
            }
        } while (due.size() == queue.batch());
    }

    private Void attempt(Sender sender, QueueSettings queue, Claimed<QueuedItem> claimed) {
        QueuedItem item = claimed.row();
        Sender.Outcome outcome;
        String error;
        boolean refused = false;
        try {
            outcome = sender.send(item);
            error = null;
        } catch (RuntimeException e) {
            outcome = null;
            refused = e instanceof SendFailure failure && failure.refused();
            error = e instanceof SendFailure ? e.getMessage() : e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        try {
            record(sender, queue, claimed, outcome, error, refused);
        } catch (EJBTransactionRolledbackException raced) {
            // The item changed meanwhile (cancelled, or claimed by another server after this lease ran out):
            // record against its new state, which may well mean nothing.
            record(sender, queue, claimed, outcome, error, refused);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outcome of {0} could not be recorded; it is sent again when its claim "
                    + "runs out: {1}", new Object[]{sender.describe(item), e.toString()});
        }
        return null;
    }

    private void record(Sender sender, QueueSettings queue, Claimed<QueuedItem> claimed, Sender.Outcome outcome,
                        String error, boolean refused) {
        QueuedItem item = claimed.row();
        long id = item.id();
        boolean recorded;
        if (error != null) {
            Optional<OutboxState> now = ConcurrentUpdates.unlessLostRace(
                    () -> outbox.failed(id, error, refused ? NO_MORE_ATTEMPTS : queue.backoff(), claimed.token()));
            recorded = now.isPresent();
            now.ifPresent(state -> LOG.log(state == OutboxState.FAILED ? Level.WARNING : Level.FINE,
                    "{0} not sent ({1}): {2}", new Object[]{sender.describe(item), state, error}));
        } else if (outcome == Sender.Outcome.NOT_NEEDED) {
            recorded = ConcurrentUpdates.unlessLostRace(() -> Optional.of(outbox.notNeeded(id, claimed.token())))
                    .orElse(false);
        } else {
            recorded = ConcurrentUpdates.unlessLostRace(() -> Optional.of(outbox.sent(id, claimed.token())))
                    .orElse(false);
        }
        if (!recorded) {
            LOG.log(Level.INFO, "The outcome of {0} was not recorded: the item was withdrawn, or its lease ran out "
                    + "and another server took it over and records the outcome", sender.describe(item));
        }
    }
}
