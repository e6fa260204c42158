package vn.lienthong.procedure.feedback;

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
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.outbox.Claimed;
import vn.lienthong.procedure.portal.PortalClient;
import vn.lienthong.procedure.portal.PortalException;
import vn.lienthong.procedure.portal.PortalSettings;
import vn.lienthong.procedure.portal.PortalSyncState;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends published answers to the national portal, as {@code PortalRelay} sends dossier changes:
 * every {@code lienthong.portal.interval} each server lists the due publications and claims and
 * sends them one by one outside any transaction, with the same client (one session per server) and the same backoff. A
 * timer of its own, so that a long queue of dossier changes does not hold answers back.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedbackRelay {

    private static final Logger LOG = Logger.getLogger(FeedbackRelay.class.getName());
    static final int BATCH = 20;

    @Resource
    TimerService timers;

    @EJB
    FeedbackSyncService syncs;

    @Inject
    PortalSettings settings;

    private PortalClient client;
    private Duration lease;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (settings.baseUrl().isEmpty()) {
            return; // PortalRelay logs that synchronisation is off; publications wait in feedback_sync
        }
        // One publication makes up to three calls (log-in, create, update), each within the timeout.
        lease = settings.timeout().multipliedBy(4).plusSeconds(30);
        client = settings.client().orElseThrow();
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("feedback publication to the portal", false));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<FeedbackChildKey> due;
            do {
                due = syncs.due(BATCH);
                // Each publication is claimed right before it is sent, with a lease for that one send.
                for (FeedbackChildKey key : due) {
                    ConcurrentUpdates.unlessLostRace(() -> syncs.claim(key, lease)).ifPresent(this::send);
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feedback publication round stopped: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void send(Claimed<FeedbackSync> claimed) {
        FeedbackSync publication = claimed.row();
        try (var reader = jakarta.json.Json.createReader(new StringReader(publication.payload()))) {
            client.publishFeedback(reader.readObject());
        } catch (PortalException e) {
            Optional<PortalSyncState> now = ConcurrentUpdates.unlessLostRace(
                    () -> syncs.failed(publication.feedbackCode(), publication.seq(), e.getMessage(), claimed.token()));
            if (now.isEmpty()) {
                leaseLost(publication);
                return;
            }
            LOG.log(now.get() == PortalSyncState.FAILED ? Level.WARNING : Level.FINE,
                    "Publication of feedback {0} not synchronised ({1}): {2}",
                    new Object[]{publication.feedbackCode(), now.get(), e.getMessage()});
            return;
        }
        if (!ConcurrentUpdates.unlessLostRace(() -> Optional.of(
                syncs.sent(publication.feedbackCode(), publication.seq(), claimed.token()))).orElse(false)) {
            leaseLost(publication);
        }
    }

    private static void leaseLost(FeedbackSync publication) {
        LOG.log(Level.INFO, "Publication of feedback {0} was sent after its lease ran out and another server took it "
                + "over; that server records the outcome", publication.feedbackCode());
    }
}
