package vn.lienthong.directory.federation;

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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows the upstream's directory every {@code lienthong.federation.directory.interval} (default
 * 1m) on this server's timer; only on an instance with an upstream. A round still running when the
 * next is due (a slow upstream) is not doubled.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowerSchedule {

    private static final Logger LOG = Logger.getLogger(FollowerSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    DirectoryFollower follower;

    @Inject
    FederationSettings federation;

    @Inject
    DirectoryFollowingSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (federation.upstream().isEmpty()) {
            return;
        }
        Duration every = settings.interval();
        settings.tree(); // a mistyped tree stops the start, not a round later
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("directory follower", false));
        LOG.log(Level.INFO, "The upstream''s directory is followed every {0} (lienthong.federation.directory.interval) "
                + "for codes outside this instance''s tree {1}", new Object[]{every, settings.tree()});
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            follower.round();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The directory follower's round failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
