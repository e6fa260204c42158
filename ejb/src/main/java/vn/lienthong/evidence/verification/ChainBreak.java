package vn.lienthong.evidence.verification;

import java.util.Objects;

/** The first broken entry: its sequence, why, and the same in words (English and Vietnamese). */
public record ChainBreak(long sequence, BreakReason reason, String explanationEn, String explanationVi) {

    public ChainBreak {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanationEn, "explanationEn");
        Objects.requireNonNull(explanationVi, "explanationVi");
    }
}
