package vn.lienthong.evidence.log;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.evidence.chain.ChainLink;

import java.util.List;

/**
 * Seals pending entries into the chain (docs/evidence.md, "Sealing"). Each batch is one transaction:
 * lock the chain head (so sealers on every server take turns and the chain never forks), read the
 * committed pending entries in id order, link them after the head ({@link ChainSealing}), insert the
 * chain entries, delete the pending rows and move the head. The events' own transactions never touch
 * the head, so the lock is held by sealers only and no event waits for it.
 */
@Stateless
public class EvidenceSealer {

    /**
     * Entries per seal transaction: one commit for many entries, yet well below the row count at
     * which Derby escalates row locks to a table lock (5,000), so events keep writing pending rows.
     */
    static final int BATCH = 500;

    @Inject
    EvidenceRepository entries;

    @EJB
    EvidenceSealer self;

    /** Seals batch after batch until none is full; answers how many entries were sealed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealAll() {
        long sealed = 0;
        int batch;
        do {
            batch = self.sealBatch();
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    /** One batch, in a transaction of its own; answers how many entries it sealed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
        // The head first: after it, another server's seal has committed, and its pending rows are gone.
        ChainHead head = entries.lockHead();
        List<PendingLink> pending = entries.pendingOldestFirst(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        ChainSealing.Sealed sealed = ChainSealing.link(new ChainPosition(head.lastSequence(), head.lastHash()), pending);
        for (ChainLink link : sealed.links()) {
            entries.add(new EvidenceEntry(link));
        }
        entries.removePending(pending.stream().map(PendingLink::id).toList());
        head.advance(sealed.head().sequence(), sealed.head().hash());
        return pending.size();
    }

    /** The entries still waiting, read as committed now. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SealingBacklog backlog() {
        return entries.backlog();
    }
}
