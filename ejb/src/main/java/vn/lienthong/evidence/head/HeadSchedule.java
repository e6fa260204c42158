package vn.lienthong.evidence.head;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.evidence.log.EvidenceSealer;
import vn.lienthong.platform.time.Durations;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs the evidence chain's head every {@code lienthong.evidence.head.interval} (default 1h) on
 * this server's timer, after sealing the entries pending then. A round that fails (database or key trouble) is logged and the next round
 * tries again: the chain itself is unharmed, only its next signature is late.
 */
@Singleton
@Startup
@DependsOn("HubSigning")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HeadSchedule {

    private static final Logger LOG = Logger.getLogger(HeadSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    SignedHeads heads;

    @EJB
    EvidenceSealer sealer;

    @Inject
    @ConfigProperty(name = "lienthong.evidence.head.interval", defaultValue = "1h")
    String interval;

    private final AtomicBoolean running = new AtomicBoolean();
    /** Whether the last head was signed without the timestamp the TSA should have given: warned once, not every round. */
    private final AtomicBoolean timestampFailing = new AtomicBoolean();

    @PostConstruct
    void start() {
        long every = Durations.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("evidence chain head", false));
        LOG.log(Level.INFO, "The evidence chain head is signed every {0} (lienthong.evidence.head.interval)", Duration.ofMillis(every));
    }

    private void signed(SignedHeads.Round round) {
        long sequence = round.head().sequence();
        if (round.timestampProblem().isPresent()) {
            if (!timestampFailing.getAndSet(true)) {
                LOG.log(Level.WARNING, "Evidence chain head {0} signed without a timestamp: the TSA did not answer ({1}); "
                        + "heads are signed without one until it does", new Object[]{sequence, round.timestampProblem().get()});
            }
        } else if (timestampFailing.getAndSet(false)) {
            LOG.log(Level.INFO, "Evidence chain head {0} signed and timestamped: the TSA answers again", sequence);
        } else {
            LOG.log(Level.FINE, "Evidence chain head {0} signed", sequence);
        }
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round still waits on the TSA
        }
        try {
            // Seal first, so that the head signed covers every entry committed before this round.
            sealer.sealAll();
            heads.signIfMoved().ifPresent(this::signed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The evidence chain head was not signed this round; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
