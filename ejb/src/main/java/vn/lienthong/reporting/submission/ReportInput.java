package vn.lienthong.reporting.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reporter sends, whatever the channel: its figures, the reasons for figures it corrected
 * against the hub's own ({@code corrections}, by indicator), and why it resubmits.
 */
public record ReportInput(List<RawValue> values, Map<String, String> corrections, Optional<String> reason,
                          List<ReportProblem> problems) {

    public ReportInput(List<RawValue> values, Map<String, String> corrections, Optional<String> reason) {
        this(values, corrections, reason, List.of());
    }

    public ReportInput {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
        corrections = Map.copyOf(corrections);
        reason = reason == null ? Optional.empty() : reason.map(String::strip).filter(r -> !r.isEmpty());
    }
}
