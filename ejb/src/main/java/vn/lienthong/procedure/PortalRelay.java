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

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the portal outbox: every {@code lienthong.portal.interval} each server claims the due
 * changes and sends them one by one, outside any transaction (a portal that takes its full
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
        // Each change makes up to five calls (log-in, look-up, create, update, step log), each within the timeout.
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
            List<PortalSync> batch;
            do {
                batch = syncs.claimDue(BATCH, lease);
                batch.forEach(this::send);
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Portal synchronisation round stopped: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void send(PortalSync change) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(change.payload()))) {
            client.send(reader.readObject());
        } catch (PortalException e) {
            PortalSyncState now = syncs.failed(change.dossierCode(), change.seq(), e.getMessage());
            LOG.log(now == PortalSyncState.FAILED ? Level.WARNING : Level.FINE, "Change {0} of dossier {1} not synchronised ({2}): {3}",
                    new Object[]{change.seq(), change.dossierCode(), now, e.getMessage()});
            return;
        }
        syncs.sent(change.dossierCode(), change.seq());
    }
}
