package vn.lienthong.web.rest.alert;

import vn.lienthong.alert.AlertRuleView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;
import java.util.List;

/** One alert rule on the wire; {@code activeAlertId} is null while nothing is raised. */
public record AlertRuleJson(String code, String nameEn, String nameVi, String comparison, String unit, long threshold,
                            boolean enabled, List<String> recipients, Long activeAlertId, OffsetDateTime changedAt,
                            String changedBy) {

    static AlertRuleJson of(AlertRuleView r) {
        return new AlertRuleJson(r.code(), r.nameEn(), r.nameVi(), r.comparison(), r.unit(), r.threshold(), r.enabled(),
                r.recipients(), r.activeAlertId().orElse(null), r.changedAt().map(Times::local).orElse(null),
                r.changedBy().orElse(null));
    }
}
