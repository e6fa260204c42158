package vn.lienthong.evidence.bundle;

import java.util.List;
import java.util.Optional;

/**
 * What checking a bundle found: the facts it established, in the order checked, and the first check
 * that failed (absent when the bundle is valid).
 */
public record BundleReport(List<String> facts, Optional<Failure> failure) {

    /** The first failed check: which ({@code MANIFEST_DIGEST}, {@code CHAIN}, ...), and what, in English and Vietnamese. */
    public record Failure(String check, String explanationEn, String explanationVi) {
    }

    public BundleReport {
        facts = List.copyOf(facts);
    }

    public boolean valid() {
        return failure.isEmpty();
    }
}
