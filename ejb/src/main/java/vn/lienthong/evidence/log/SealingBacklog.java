package vn.lienthong.evidence.log;

import java.time.Instant;
import java.util.Optional;

/**
 * Entries committed with their events but not yet sealed into the chain: how many, and when the
 * oldest was recorded. Until sealed, an entry is protected by its own transaction only (docs/evidence.md,
 * "Sealing"), so a backlog that grows or ages is worth an operator's look.
 */
public record SealingBacklog(long pending, Optional<Instant> oldest) {

    public static final SealingBacklog NONE = new SealingBacklog(0, Optional.empty());

    public SealingBacklog {
        // Counted and dated by two reads while events commit, so the two need not agree exactly.
        if (pending < 0) {
            throw new IllegalArgumentException("not a backlog: " + pending + " entries, oldest " + oldest);
        }
    }
}
