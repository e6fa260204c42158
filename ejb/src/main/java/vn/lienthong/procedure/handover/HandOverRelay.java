package vn.lienthong.procedure.handover;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.outbox.Claimed;
import vn.lienthong.procedure.dossier.DossierChildKey;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits the queued hand-overs to the axis: every {@code lienthong.handover.interval} each server
 * lists the due ones and claims and submits them one by one outside any transaction (the exchange's
 * submission must not run inside one). A refusal or an error is recorded with the hand-over and
 * tried again after the next delay of {@code lienthong.handover.backoff}; once the delays are used
 * up the hand-over is FAILED, logged as a warning and listed for administrators.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandOverRelay {

    private static final Logger LOG = Logger.getLogger(HandOverRelay.class.getName());
    static final int BATCH = 20;
    /** Long enough for a submission to finish before another server may claim the same hand-over. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Resource
    TimerService timers;

    @EJB
    HandOverQueue queue;

    @Inject
    StepHandOver handOver;

    @Inject
    HandOverSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("dossier hand-overs", false));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<DossierChildKey> due;
            do {
                due = queue.due(BATCH);
                // Each hand-over is claimed right before it is submitted, with a lease for that one submission.
                for (DossierChildKey key : due) {
                    ConcurrentUpdates.unlessLostRace(() -> queue.claim(key, LEASE)).ifPresent(this::submit);
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hand-over round stopped: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void submit(Claimed<PendingHandOver> claimed) {
        PendingHandOver pending = claimed.row();
        try {
            handOver.handOver(pending.dossierCode(), pending.step(), pending.createdAt());
        } catch (RuntimeException e) {
            // Recorded with the hand-over (and logged below), never lost: the cause is what operators need.
            String error = e instanceof BusinessException refusal ? refusal.code() + ": " + refusal.messageEn() : e.toString();
            Optional<HandOverState> now = ConcurrentUpdates.unlessLostRace(
                    () -> queue.failed(pending.dossierCode(), pending.step(), error, claimed.token()));
            if (now.isEmpty()) {
                leaseLost(pending);
                return;
            }
            LOG.log(now.get() == HandOverState.FAILED ? Level.WARNING : Level.FINE,
                    "Step {0} of dossier {1} not handed over to {2} ({3}): {4}",
                    new Object[]{pending.step(), pending.dossierCode(), pending.ownerCode(), now.get(), error});
            return;
        }
        if (!ConcurrentUpdates.unlessLostRace(() -> Optional.of(queue.sent(pending.dossierCode(), pending.step(),
                claimed.token()))).orElse(false)) {
            leaseLost(pending);
        }
    }

    private static void leaseLost(PendingHandOver pending) {
        LOG.log(Level.INFO, "Step {0} of dossier {1} was handed over after its lease ran out and another server took it "
                + "over; that server records the outcome", new Object[]{pending.step(), pending.dossierCode()});
    }
}
