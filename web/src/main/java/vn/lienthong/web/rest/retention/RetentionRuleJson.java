package vn.lienthong.web.rest.retention;

import vn.lienthong.exchange.retention.RetentionRuleView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** One retention rule on the wire. */
public record RetentionRuleJson(String category, int periodDays, String disposal, OffsetDateTime changedAt, String changedBy) {

    static RetentionRuleJson of(RetentionRuleView r) {
        return new RetentionRuleJson(r.category(), r.periodDays(), r.disposal().name(),
                r.changedAt() == null ? null : Times.local(r.changedAt()), r.changedBy());
    }
}
