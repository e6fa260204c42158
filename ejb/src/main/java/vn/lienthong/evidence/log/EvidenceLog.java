package vn.lienthong.evidence.log;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where the hub records what happened to a document (docs/evidence.md). MANDATORY: the entries are
 * written in the transaction of the event, so an event rolled back leaves no entry and an entry that
 * cannot be written rolls the event back (as {@code AuditTrail} does for administration).
 *
 * <p>The entries are written as pending rows, without touching the chain head, so events on all
 * servers commit side by side instead of taking turns on one lock. Once the transaction has committed,
 * this server's sealer is asked to link them into the chain ({@link EvidenceSealer}); a periodic sweep
 * seals whatever a crash or another server left.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvidenceLog {

    /** Marks a transaction whose commit already signals the sealer, so a transaction with many appends signals once. */
    private static final Object SIGNAL_KEY = new Object();

    @Inject
    EvidenceRepository entries;

    @Inject
    SealRequests sealer;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void append(EvidenceEvent event) {
        append(List.of(event));
    }

    /** Records the events in the order given: the sealer chains them in this order, one after another. */
    public void append(List<EvidenceEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // The database keeps milliseconds at least; the canonical form must survive the round trip.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (EvidenceEvent event : events) {
            entries.addPending(new PendingEntry(event, at));
        }
        if (transactions.getResource(SIGNAL_KEY) == null) {
            transactions.putResource(SIGNAL_KEY, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new SealAfterCommit(sealer));
        }
    }

    /** Asks for a seal once the entries are committed: before, the sealer could not see them. */
    private record SealAfterCommit(SealRequests sealer) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before: the pending rows are written with the event's other rows
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                sealer.signal();
            }
        }
    }
}
