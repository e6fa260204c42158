package vn.lienthong.procedure.portal;

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
import vn.lienthong.procedure.dossier.DossierChildKey;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the portal outbox: every {@code lienthong.portal.interval} each server lists the due
 * changes and claims and sends them one by one, outside any transaction (a portal that takes its full
 * timeout must not hold one). A timer rather than a JMS queue: the rows already are a durable,
 * ordered queue with per-row backoff, which a broker's redelivery would not order per dossier.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalRelay {

    private static final Logger LOG = Logger.getLogger(PortalRelay.class.getName());
    static final int BATCH = 50;

    @Resource
    TimerService timers;

    @EJB
    PortalSyncService syncs;

    @Inject
    PortalSettings settings;

    private PortalClient client;
    private Duration lease;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        Optional<java.net.URI> url = settings.baseUrl();
        if (url.isEmpty()) {
            LOG.info("Synchronisation with the national portal is off: server variable lienthong.portal.url is not set. "
                    + "Dossier changes wait in table portal_sync until it is.");
            return;
        }
        Duration timeout = settings.timeout();
        // One change makes up to five calls (log-in, look-up, create, update, step log), each within the timeout.
        lease = timeout.multipliedBy(6).plusSeconds(30);
        client = settings.client().orElseThrow();
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("portal synchronisation", false));
        LOG.log(Level.INFO, "Synchronising dossiers with the national portal at {0}", url.get());
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<DossierChildKey> due;
            do {
                due = syncs.due(BATCH);
                // Each change is claimed right before it is sent, with a lease for that one send: a slow
                // portal must not let another server send the tail of a batch again, out of order.
                for (DossierChildKey key : due) {
                    ConcurrentUpdates.unlessLostRace(() -> syncs.claim(key, lease)).ifPresent(this::send);
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Portal synchronisation round stopped: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void send(Claimed<PortalSync> claimed) {
        PortalSync change = claimed.row();
        try (var reader = jakarta.json.Json.createReader(new StringReader(change.payload()))) {
            client.send(reader.readObject());
        } catch (PortalException e) {
            Optional<PortalSyncState> now = ConcurrentUpdates.unlessLostRace(
                    () -> syncs.failed(change.dossierCode(), change.seq(), e.getMessage(), claimed.token()));
            if (now.isEmpty()) {
                leaseLost(change);
                return;
            }
            LOG.log(now.get() == PortalSyncState.FAILED ? Level.WARNING : Level.FINE, "Change {0} of dossier {1} not synchronised ({2}): {3}",
                    new Object[]{change.seq(), change.dossierCode(), now.get(), e.getMessage()});
            return;
        }
        if (!ConcurrentUpdates.unlessLostRace(() -> Optional.of(syncs.sent(change.dossierCode(), change.seq(), claimed.token())))
                .orElse(false)) {
            leaseLost(change);
        }
    }

    private static void leaseLost(PortalSync change) {
        LOG.log(Level.INFO, "Change {0} of dossier {1} was sent after its lease ran out and another server took it over; "
                + "that server records the outcome", new Object[]{change.seq(), change.dossierCode()});
    }
}
