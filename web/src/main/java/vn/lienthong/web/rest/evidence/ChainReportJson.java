package vn.lienthong.web.rest.evidence;

import vn.lienthong.evidence.verification.ChainBreak;
import vn.lienthong.evidence.verification.ChainReport;
import vn.lienthong.evidence.verification.HeadClaim;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/**
 * A verification's answer: {@code intact}, the entries and signed heads checked, the last entry
 * reached, the first broken entry and the last signed head passed (each absent from the JSON when there is none),
 * and the entries committed but not yet sealed into the chain when the walk ended, with the time the
 * oldest of them was recorded (absent when none waits).
 */
public record ChainReportJson(boolean intact, long entriesChecked, long lastSequence, long headsChecked,
                              BrokenEntryJson firstBroken, SignedHeadJson lastSignedHead, long pendingEntries,
                              OffsetDateTime oldestPendingAt) {

    /** The first broken entry: its sequence, the reason code and the reason in words. */
    public record BrokenEntryJson(long sequence, String reason, String explanationEn, String explanationVi) {
        static BrokenEntryJson of(ChainBreak b) {
            return new BrokenEntryJson(b.sequence(), b.reason().name(), b.explanationEn(), b.explanationVi());
        }
    }

    /** A signed head: the entry it names, that entry's hash, when the hub signed it and the TSA's time if stamped. */
    public record SignedHeadJson(long id, long sequence, String hash, OffsetDateTime signedAt, boolean timestamped,
                                 OffsetDateTime timestampTime) {
        static SignedHeadJson of(HeadClaim h) {
            return new SignedHeadJson(h.id(), h.sequence(), h.hash(), Times.local(h.signedAt()), h.timestamped(),
                    h.timestampTime().map(Times::local).orElse(null));
        }
    }

    static ChainReportJson of(ChainReport report) {
        return new ChainReportJson(report.intact(), report.entriesChecked(), report.lastSequence(), report.headsChecked(),
                report.firstBreak().map(BrokenEntryJson::of).orElse(null), report.lastSignedHead().map(SignedHeadJson::of).orElse(null),
                report.unsealed().pending(), report.unsealed().oldest().map(Times::local).orElse(null));
    }
}
