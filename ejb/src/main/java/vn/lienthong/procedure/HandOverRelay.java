package vn.lienthong.procedure;

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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits the queued hand-overs to the axis: every {@code lienthong.handover.interval} each server
 * claims the due ones and submits them one by one outside any transaction (the exchange's
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
            List<PendingHandOver> batch;
            do {
                batch = queue.claimDue(BATCH, LEASE);
                batch.forEach(this::submit);
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hand-over round stopped: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void submit(PendingHandOver pending) {
        try {
            handOver.handOver(pending.dossierCode(), pending.step(), pending.createdAt());
        } catch (RuntimeException e) {
            // Recorded with the hand-over (and logged below), never lost: the cause is what operators need.
            String error = e instanceof BusinessException refusal ? refusal.code() + ": " + refusal.messageEn() : e.toString();
            HandOverState now = queue.failed(pending.dossierCode(), pending.step(), error);
            LOG.log(now == HandOverState.FAILED ? Level.WARNING : Level.FINE,
                    "Step {0} of dossier {1} not handed over to {2} ({3}): {4}",
                    new Object[]{pending.step(), pending.dossierCode(), pending.ownerCode(), now, error});
            return;
        }
        queue.sent(pending.dossierCode(), pending.step());
    }
}
