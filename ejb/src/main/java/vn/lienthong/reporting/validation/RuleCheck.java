package vn.lienthong.reporting.validation;

import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks figures against a regime's rules. */
public final class RuleCheck {

    private RuleCheck() {
    }

    /**
     * The rules that apply {@code where} and that the figures break. A rule whose sides cannot be
     * computed (a cell without a number, no previous period, division by zero) is skipped.
     *
     * @param before the same reporter's (or node's) figures of the period before; empty if none
     */
    public static List<RuleViolation> violations(List<ValidationRule> rules, ValidationRule.Scope where, ReportData now,
                                                 ReportData before) {
        List<RuleViolation> found = new ArrayList<>();
        for (ValidationRule rule : rules) {
            if (!rule.appliesTo().covers(where)) {
                continue;
            }
            Optional<BigDecimal> left = rule.left().value(now, before);
            Optional<BigDecimal> right = rule.right().value(now, before);
            if (left.isPresent() && right.isPresent() && !rule.operator().holds(left.get(), right.get())) {
                found.add(new RuleViolation(rule.code(), rule.severity(), rule.message(), rule.formula(),
                        left.get().stripTrailingZeros(), right.get().stripTrailingZeros()));
            }
        }
        return found;
    }
}
