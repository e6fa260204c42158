package vn.lienthong.reporting.obligation;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Durations;
import vn.lienthong.platform.ConcurrentUpdates;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reporting clock: every {@code lienthong.reporting.schedule-interval} each server opens the
 * periods of auto-opening regimes whose window has started, sends reminders for reports due within
 * {@code lienthong.reporting.reminder-before}, and flags reports whose deadline passed. The events
 * are durable rows (reporting_event) for the console and alerts to read.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportingSchedule {

    private static final Logger LOG = Logger.getLogger(ReportingSchedule.class.getName());
    /** Rounds of one batch each per tick at most, so one tick never runs for long. */
    private static final int MAX_BATCHES = 50;

    @Resource
    TimerService timers;

    @EJB
    ObligationWatch watch;

    @EJB
    PeriodOpener opener;

    @Inject
    @ConfigProperty(name = "lienthong.reporting.schedule-interval", defaultValue = "1m")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.reporting.reminder-before", defaultValue = "72h")
    String reminderBefore;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long every = Durations.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("reporting schedule", false));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            opener.openDuePeriods();
            Duration before = Durations.parse(reminderBefore);
            for (int i = 0; i < MAX_BATCHES && watch.remind(before) == ObligationWatch.BATCH; i++) {
                // next batch
            }
            for (int i = 0; i < MAX_BATCHES && watch.flagOverdue() == ObligationWatch.BATCH; i++) {
                // next batch
            }
        } catch (RuntimeException e) {
            // Another server may have flagged the same obligations first (its commit won): the next round goes on.
            LOG.log(ConcurrentUpdates.lostRace(e) ? Level.FINE : Level.WARNING, "Reporting schedule round stopped: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }
}
