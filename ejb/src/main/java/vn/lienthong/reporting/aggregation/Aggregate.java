package vn.lienthong.reporting.aggregation;

import vn.lienthong.reporting.obligation.ReportPeriod;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.validation.RuleViolation;

import java.time.Instant;
import java.util.List;

/** One recipient's aggregation tree for one period, with the regime version it follows and the rules its total breaks. */
public record Aggregate(ReportPeriod period, RegimeDefinition regime, AggregateNode root, Instant asOf,
                        List<RuleViolation> violations) {
}
