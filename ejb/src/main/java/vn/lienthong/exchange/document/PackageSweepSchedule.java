package vn.lienthong.exchange.document;

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

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps the package store's directory ({@link PackageFileSweep}) a minute after start (a crash is what
 * leaves orphans, and a restart follows it) and then every {@code lienthong.packages.sweep.interval}
 * (off: never), judging only files older than {@code lienthong.packages.sweep.grace}. Servers sharing a
 * volume may sweep together: moving a file twice finds it gone, and a kept file is never touched.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PackageSweepSchedule {

    private static final Logger LOG = Logger.getLogger(PackageSweepSchedule.class.getName());
    private static final long FIRST_DELAY_MILLIS = 60_000;

    @Resource
    TimerService timers;

    @Inject
    PackageFileSweep sweep;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.packages.sweep.interval", defaultValue = "24h")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.packages.sweep.grace", defaultValue = "1h")
    String grace;

    private Duration gracePeriod;

    @PostConstruct
    void start() {
        if (interval.isBlank() || interval.strip().equalsIgnoreCase("off")) {
            LOG.info("The package store's directory is not swept (lienthong.packages.sweep.interval=off)");
            return;
        }
        gracePeriod = gracePeriod(grace);
        long every = Durations.parse(interval).toMillis();
        timers.createIntervalTimer(Math.min(FIRST_DELAY_MILLIS, every), every, new TimerConfig("package store sweep", false));
    }

    /** The grace period must outlast any transaction, or a file whose row is about to commit would be judged. */
    static Duration gracePeriod(String text) {
        Duration value = Durations.parse(text);
        if (value.compareTo(Duration.ofMinutes(10)) < 0) {
            throw new IllegalArgumentException("lienthong.packages.sweep.grace is " + text + ": at least 10m, longer than any"
                    + " transaction / lienthong.packages.sweep.grace là " + text + ": tối thiểu 10m, dài hơn mọi giao dịch");
        }
        return value;
    }

    @Timeout
    void round() {
        try {
            PackageSweepOutcome outcome = sweep.sweep(clock.instant().minus(gracePeriod));
            if (!outcome.swept()) {
                return;
            }
            // A round that found nothing is the normal case: it stays out of messages.log.
            Level level = outcome.quarantined() > 0 ? Level.WARNING : outcome.partialsRemoved() > 0 ? Level.INFO : Level.FINE;
            LOG.log(level, "Package store swept: {0} packages older than {1} examined, {2} that no row names moved to"
                    + " the orphaned/ folder, {3} half-written files removed", new Object[]{outcome.examined(), gracePeriod,
                    outcome.quarantined(), outcome.partialsRemoved()});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The package store's sweep failed; the next round tries again: {0}", e.toString());
        }
    }
}
