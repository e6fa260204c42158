package vn.lienthong.reporting.submission;

import vn.lienthong.reporting.validation.RuleViolation;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Figures that fit their regime version: the data as kept (computed figures the reporter left out
 * filled with the hub's), the hub's figure for every computed indicator ({@code hubFigures}), the
 * corrections the reporter made to them, and the WARNING rules they break.
 */
public record ValidatedReport(ReportData data, Map<String, BigDecimal> hubFigures, Map<String, Correction> corrections,
                              List<RuleViolation> warnings) {

    public ValidatedReport {
        hubFigures = Map.copyOf(hubFigures);
        corrections = Map.copyOf(corrections);
        warnings = List.copyOf(warnings);
    }
}
