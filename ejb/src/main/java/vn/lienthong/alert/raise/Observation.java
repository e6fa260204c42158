package vn.lienthong.alert.raise;

import vn.lienthong.alert.rule.AlertKind;

import java.util.Objects;
import java.util.Optional;

/**
 * What one round measured for one rule: the value compared with the threshold (empty when there is
 * nothing to measure, e.g. no certificate at all) and what it consists of, in both languages, for the
 * alert and its mail ("2 FAILED items: push 1, portal-sync 1").
 */
public record Observation(AlertKind kind, Optional<Long> value, String detailEn, String detailVi) {

    public Observation {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        detailEn = clip(Objects.requireNonNull(detailEn));
        detailVi = clip(Objects.requireNonNull(detailVi));
    }

    public static Observation of(AlertKind kind, long value, String detailEn, String detailVi) {
        return new Observation(kind, Optional.of(value), detailEn, detailVi);
    }

    public boolean breaches(long threshold) {
        return kind.breached(value, threshold);
    }

    /** The detail columns hold 4000 characters; a list of certificates is cut with an ellipsis. */
    private static String clip(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }
}
