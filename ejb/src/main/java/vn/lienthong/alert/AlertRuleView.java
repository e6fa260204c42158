package vn.lienthong.alert;

import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.alert.rule.AlertRule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One alert rule as administrators see and change it: its code and names, how its threshold is read
 * ({@code ABOVE} a count, {@code WITHIN} days, {@code AT_LEAST} failed probes in a row, in {@code unit}),
 * the threshold, whether it is on, its own recipients (empty: the server's default ones), and the id
 * of its active alert when one is raised.
 */
public record AlertRuleView(String code, String nameEn, String nameVi, String comparison, String unit, long threshold,
                            boolean enabled, List<String> recipients, Optional<Long> activeAlertId,
                            Optional<Instant> changedAt, Optional<String> changedBy) {

    static AlertRuleView of(AlertRule rule) {
        AlertKind kind = rule.kind().orElseThrow();
        return new AlertRuleView(kind.code(), kind.nameEn(), kind.nameVi(), kind.comparison().name(), kind.unit(),
                rule.threshold(), rule.enabled(), rule.recipients().addresses(),
                rule.activeAlertId().isPresent() ? Optional.of(rule.activeAlertId().getAsLong()) : Optional.empty(),
                rule.changedAt(), rule.changedBy());
    }
}
