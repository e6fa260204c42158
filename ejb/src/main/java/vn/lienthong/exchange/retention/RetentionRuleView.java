package vn.lienthong.exchange.retention;

import java.time.Instant;

/** A retention rule as administrators read and set it. */
public record RetentionRuleView(String category, int periodDays, Disposal disposal, Instant changedAt, String changedBy) {

    static RetentionRuleView of(RetentionRule rule) {
        return new RetentionRuleView(rule.category().value(), rule.periodDays(), rule.disposal(),
                rule.changedAt().orElse(null), rule.changedBy().orElse(null));
    }
}
