package vn.lienthong.reporting.submission;

import vn.lienthong.platform.BusinessException;
import vn.lienthong.reporting.validation.RuleViolation;

import java.util.List;
import java.util.stream.Collectors;

/** A report that breaks one or more of its regime's ERROR rules, e.g. "resolved ≤ received". */
public class ReportRuleViolatedException extends BusinessException {

    public ReportRuleViolatedException(List<RuleViolation> violations) {
        super("REPORT_RULE_VIOLATED", join(violations, true), join(violations, false), "rules/" + violations.get(0).rule());
    }

    private static String join(List<RuleViolation> violations, boolean english) {
        return violations.stream().map(v -> v.rule() + " (" + v.formula() + ": " + v.left().toPlainString() + " "
                        + (english ? "vs" : "so với") + " " + v.right().toPlainString() + "): "
                        + (english ? v.message().en() : v.message().vi()))
                .collect(Collectors.joining("; ", english ? "The report breaks its regime's rules: " : "Báo cáo vi phạm quy tắc của chế độ báo cáo: ", ""));
    }
}
