package vn.lienthong.evidence.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.lienthong.evidence.chain.ChainLink;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where the hub appends what happened to a document (docs/evidence.md). MANDATORY: the entries are
 * written in the transaction of the event, so an event rolled back leaves no entry and an entry that
 * cannot be written rolls the event back (as {@code AuditTrail} does for administration).
 *
 * <p>Every append locks the one chain-head row until the transaction ends, so appends of all servers
 * take turns and number the chain without a fork. To hold that lock briefly, the caller's pending
 * writes are flushed first and callers append once, as the last step of their transaction: a
 * transaction then takes the head's lock last and waits for nothing while holding it, which keeps
 * appends free of deadlocks. The price is that documents' events are committed one at a time, hub-wide.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvidenceLog {

    @Inject
    EvidenceRepository entries;

    @Inject
    Clock clock;

    public void append(EvidenceEvent event) {
        append(List.of(event));
    }

    /** Appends the events in the order given, under one lock. */
    public void append(List<EvidenceEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        entries.flush();
        ChainHead head = entries.lockHead();
        // The database keeps milliseconds at least; the canonical form must survive the round trip.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long sequence = head.lastSequence();
        String hash = head.lastHash();
        for (EvidenceEvent event : events) {
            sequence++;
            ChainLink link = ChainLink.next(sequence, hash, at, event.kind().code(), event.document(),
                    event.agency() == null ? null : event.agency().value(), event.detail());
            entries.add(new EvidenceEntry(link));
            hash = link.hash();
        }
        head.advance(sequence, hash);
    }
}
