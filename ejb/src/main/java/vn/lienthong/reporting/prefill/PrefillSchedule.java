package vn.lienthong.reporting.prefill;

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
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.time.Durations;
import vn.lienthong.platform.time.HubClock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code lienthong.reporting.prefill-interval} each server looks for periods whose data window
 * closed (the day after the cut-off, Vietnam time) within {@code lienthong.reporting.prefill-lookback}
 * and that no run has pre-filled, and starts one run per such period. The period's run record is
 * inserted first, so when two servers find the same period only one starts its run.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrefillSchedule {

    private static final Logger LOG = Logger.getLogger(PrefillSchedule.class.getName());
    /** Periods started per round at most: each is a job of its own, run by the batch runtime's threads. */
    private static final int PER_ROUND = 5;

    @Resource
    TimerService timers;

    @EJB
    PrefillService prefill;

    @Inject
    PrefillRecords records;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.reporting.prefill-interval", defaultValue = "1h")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.reporting.prefill-lookback", defaultValue = "62d")
    String lookback;

    @PostConstruct
    void start() {
        if (interval.isBlank() || interval.strip().equalsIgnoreCase("off")) {
            LOG.info("Pre-fill runs are not scheduled (lienthong.reporting.prefill-interval=off); administrators start them");
            return;
        }
        long every = Durations.parse(interval).toMillis();
        Durations.parse(lookback); // a wrong value stops the start here, not at the first round
        timers.createIntervalTimer(every, every, new TimerConfig("report pre-fill", false));
        LOG.log(Level.INFO, "Periods whose data window closed are pre-filled every {0} (lienthong.reporting.prefill-interval)",
                Duration.ofMillis(every));
    }

    @Timeout
    void round() {
        LocalDate today = LocalDate.now(clock.withZone(HubClock.ZONE));
        LocalDate since = today.minusDays(Durations.parse(lookback).toDays());
        try {
            for (String periodId : records.periodsDue(today, since, PER_ROUND)) {
                try {
                    prefill.startDue(periodId);
                } catch (RuntimeException e) {
                    // Another server may have claimed the period first (its insert won): then it runs there.
                    LOG.log(ConcurrentUpdates.lostRace(e) ? Level.FINE : Level.WARNING, "Pre-fill of period {0} not started here: {1}",
                            new Object[]{periodId, e.toString()});
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The pre-fill round stopped; the next round tries again: {0}", e.toString());
        }
    }
}
