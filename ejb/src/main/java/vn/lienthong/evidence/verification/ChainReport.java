package vn.lienthong.evidence.verification;

import vn.lienthong.evidence.log.SealingBacklog;

import java.util.Optional;

/**
 * What a walk of the chain found: how many entries and signed heads it checked, up to which entry,
 * the first broken entry if any, the last signed head it passed, and the entries still waiting to be
 * sealed into the chain when the walk ended (outside the walk: not yet chained, so not yet verifiable).
 */
public record ChainReport(long entriesChecked, long lastSequence, long headsChecked, Optional<ChainBreak> firstBreak,
                          Optional<HeadClaim> lastSignedHead, SealingBacklog unsealed) {

    /** A walk's findings alone: the verifier knows the chain, not what waits to enter it. */
    public ChainReport(long entriesChecked, long lastSequence, long headsChecked, Optional<ChainBreak> firstBreak,
                       Optional<HeadClaim> lastSignedHead) {
        this(entriesChecked, lastSequence, headsChecked, firstBreak, lastSignedHead, SealingBacklog.NONE);
    }

    public ChainReport withUnsealed(SealingBacklog backlog) {
        return new ChainReport(entriesChecked, lastSequence, headsChecked, firstBreak, lastSignedHead, backlog);
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
