package vn.lienthong.reporting.validation;

import vn.lienthong.reporting.Text;

import java.math.BigDecimal;

/** A rule the figures break, with both sides' values as computed. */
public record RuleViolation(String rule, ValidationRule.Severity severity, Text message, String formula,
                            BigDecimal left, BigDecimal right) {
}
