package vn.lienthong.alert.raise;

import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.alert.rule.Recipients;

/** A rule as one evaluation round reads it. */
public record RuleSetting(AlertKind kind, long threshold, boolean enabled, Recipients recipients, boolean active) {

    /** Whether this round measures the rule: it is on, or it is off with an alert still to clear. */
    public boolean measured() {
        return enabled || active;
    }
}
