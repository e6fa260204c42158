package vn.lienthong.reporting.validation;

import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule across indicators: {@code left operator right}, with the message people read when it
 * fails. An ERROR rule refuses a submission that breaks it; a WARNING rule lets it through and
 * says so. Both are reported over aggregates.
 */
public record ValidationRule(String code, Expression left, Comparison operator, Expression right, Text message,
                             Severity severity, Scope appliesTo) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public enum Severity { ERROR, WARNING }

    /** Where the rule is checked: on each submission, over aggregates, or both. */
    public enum Scope {
        SUBMISSION, AGGREGATE, BOTH;

        public boolean covers(Scope where) {
            return this == BOTH || this == where;
        }
    }

    public ValidationRule {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRegimeException("code", "A rule code is 1-40 letters, digits, '.', '_' or '-', not '" + code + "'",
                    "Mã quy tắc gồm 1-40 chữ cái, chữ số, '.', '_' hoặc '-', không phải '" + code + "'");
        }
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (operator == null) {
            throw new InvalidRegimeException("operator", "operator is one of ==, !=, <, <=, >, >=",
                    "operator là một trong ==, !=, <, <=, >, >=");
        }
        if (message == null) {
            throw new InvalidRegimeException("message", "A rule needs a message (vi, en)", "Quy tắc cần thông báo (vi, en)");
        }
        severity = severity == null ? Severity.ERROR : severity;
        appliesTo = appliesTo == null ? Scope.BOTH : appliesTo;
    }

    public boolean usesPrevious() {
        return left.usesPrevious() || right.usesPrevious();
    }

    /** The rule as written: {@code CT05 <= CT04}. */
    public String formula() {
        return left + " " + operator.symbol() + " " + right;
    }
}
