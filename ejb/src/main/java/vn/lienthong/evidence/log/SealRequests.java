package vn.lienthong.evidence.log;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's one sealing worker. Every commit with log entries, and the periodic sweep, signal it;
 * signals that arrive while it seals are folded into its next round, so under load one seal
 * transaction links the entries of many events. A failed round (the database away) is logged once
 * and left to the next signal or sweep: the pending rows are the queue, nothing is lost.
 */
@ApplicationScoped
public class SealRequests {

    private static final Logger LOG = Logger.getLogger(SealRequests.class.getName());

    /** The server's own threads, so that the sealer runs with the application's context. */
    @Resource
    ManagedExecutorService executor;

    @EJB
    EvidenceSealer sealer;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();

    /** Asks for a seal soon; returns at once. */
    public void signal() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                running.set(false);
                LOG.log(Level.FINE, "The sealer could not be started now; the sweep seals these entries", e);
            }
        }
    }

    private void drain() {
        try {
            while (requested.getAndSet(false)) {
                sealer.sealAll();
            }
            if (failing.getAndSet(false)) {
                LOG.log(Level.INFO, "The message log is sealed again");
            }
        } catch (RuntimeException e) {
            if (!failing.getAndSet(true)) {
                LOG.log(Level.WARNING, "Entries of the message log were not sealed into the chain; they stay pending "
                        + "and the next event or sweep seals them", e);
            }
        } finally {
            running.set(false);
        }
        if (requested.get()) {
            signal(); // a signal that came between the last round and the release above
        }
    }
}
