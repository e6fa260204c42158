package vn.lienthong.exchange.retention;

import vn.lienthong.exchange.document.RetentionCategory;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One rule as a run applies it: its category, period and disposal. */
public record RuleSetting(RetentionCategory category, int periodDays, Disposal disposal) implements Serializable {

    public RuleSetting {
        Objects.requireNonNull(category);
        Objects.requireNonNull(disposal);
    }

    /** A package accepted at {@code receivedAt} is due at {@code now} once the whole period has passed. */
    public boolean due(Instant receivedAt, Instant now) {
        return !receivedAt.plus(Duration.ofDays(periodDays)).isAfter(now);
    }

    /** How the document's row names the rule it left under: "1.5 (3650 days, PURGE)". */
    public String describe() {
        return category.value() + " (" + periodDays + " days, " + disposal + ")";
    }
}
