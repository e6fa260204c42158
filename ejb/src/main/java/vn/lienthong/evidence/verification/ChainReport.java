package vn.lienthong.evidence.verification;

import java.util.Optional;

/**
 * What a walk of the chain found: how many entries and signed heads it checked, up to which entry,
 * the first broken entry if any, and the last signed head it passed.
 */
public record ChainReport(long entriesChecked, long lastSequence, long headsChecked, Optional<ChainBreak> firstBreak,
                          Optional<HeadClaim> lastSignedHead) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
