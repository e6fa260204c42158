package vn.lienthong.exchange.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Durations;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a retention run every {@code lienthong.retention.interval} (off: never; administrators can
 * still start one). A server does not start one while a run is starting or running anywhere in the
 * shared job repository, so a cluster runs one at a time; should two start together, the document
 * lock makes the second find the first's documents gone and keep them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RetentionRuns runs;

    @Inject
    @ConfigProperty(name = "lienthong.retention.interval", defaultValue = "24h")
    String interval;

    @PostConstruct
    void start() {
        if (interval.isBlank() || interval.strip().equalsIgnoreCase("off")) {
            LOG.info("Retention runs are not scheduled (lienthong.retention.interval=off); administrators start them");
            return;
        }
        long every = Durations.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("retention run", false));
        LOG.log(Level.INFO, "A retention run starts every {0} (lienthong.retention.interval)", Duration.ofMillis(every));
    }

    @Timeout
    void round() {
        try {
            if (runs.running()) {
                LOG.info("A retention run is still running; the scheduled one is skipped");
                return;
            }
            long execution = runs.start(RetentionRunRequest.ALL.jobParameters());
            LOG.log(Level.INFO, "Scheduled retention run {0} started", execution);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduled retention run could not start; the next round tries again: {0}", e.toString());
        }
    }
}
