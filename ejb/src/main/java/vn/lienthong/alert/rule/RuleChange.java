package vn.lienthong.alert.rule;

import vn.lienthong.platform.InvalidRequestException;

import java.util.Objects;
import java.util.Optional;

/** What an administrator changes in a rule; an empty part stays as it is. */
public record RuleChange(Optional<Long> threshold, Optional<Boolean> enabled, Optional<Recipients> recipients) {

    /** Largest threshold of any kind (about 27 years in days, minutes of a month of outage…). */
    public static final long MAX_THRESHOLD = 10_000_000L;

    public RuleChange {
        Objects.requireNonNull(threshold);
        Objects.requireNonNull(enabled);
        Objects.requireNonNull(recipients);
        if (threshold.isEmpty() && enabled.isEmpty() && recipients.isEmpty()) {
            throw new InvalidRequestException("threshold", "Nothing to change: give threshold, enabled or recipients",
                    "Không có gì để thay đổi: cần threshold, enabled hoặc recipients");
        }
    }

    static long checkedThreshold(AlertKind kind, long threshold) {
        long least = kind.comparison() == AlertKind.Comparison.AT_LEAST ? 1 : 0;
        if (threshold < least || threshold > MAX_THRESHOLD) {
            throw new InvalidRequestException("threshold", "The threshold of " + kind.code() + " must be between " + least
                    + " and " + MAX_THRESHOLD + " (" + kind.unit() + ")",
                    "Ngưỡng của " + kind.code() + " phải từ " + least + " đến " + MAX_THRESHOLD);
        }
        return threshold;
    }
}
