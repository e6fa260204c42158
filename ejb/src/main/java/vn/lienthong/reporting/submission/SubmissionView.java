package vn.lienthong.reporting.submission;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A submission as its reporter and recipients read it: who sent it when, how and why, its figures
 * (in the regime's JSON form), the hub's figures it corrected and why, the warnings of the rules it
 * breaks, where the obligation stands now, and the hub's signed receipt (CMS, base64).
 */
public record SubmissionView(String id, String regime, String period, int regimeVersion, String agency, String recipient,
                             int seq, OffsetDateTime submittedAt, String submittedBy, String channel, String reason,
                             String documentId, String sha256, boolean late, String status, JsonObject values,
                             Map<String, CorrectionView> corrections, List<String> warnings, boolean receiptTimestamped,
                             String receipt) {

    public record CorrectionView(BigDecimal hubValue, String reason) {
    }
}
