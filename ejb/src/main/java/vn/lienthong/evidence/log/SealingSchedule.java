package vn.lienthong.evidence.log;

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
 * The sweep: every {@code lienthong.evidence.seal.interval} (default 5s) this server's sealer is
 * signalled even without an event, for entries whose own signal was lost: committed just before a
 * crash, or by another server that stopped before sealing them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SealingSchedule {

    private static final Logger LOG = Logger.getLogger(SealingSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SealRequests sealer;

    @Inject
    @ConfigProperty(name = "lienthong.evidence.seal.interval", defaultValue = "5s")
    String interval;

    @PostConstruct
    void start() {
        long every = Durations.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("evidence sealing sweep", false));
        LOG.log(Level.INFO, "Pending entries of the message log are swept into the chain every {0} "
                + "(lienthong.evidence.seal.interval)", Duration.ofMillis(every));
    }

    @Timeout
    void sweep() {
        sealer.signal();
    }
}
