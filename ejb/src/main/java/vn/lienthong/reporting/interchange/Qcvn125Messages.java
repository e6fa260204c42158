package vn.lienthong.reporting.interchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.lienthong.reporting.Views;
import vn.lienthong.reporting.aggregation.Aggregate;
import vn.lienthong.reporting.aggregation.RateCounts;
import vn.lienthong.reporting.obligation.ObligationView;
import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeJsonFormat;
import vn.lienthong.reporting.submission.ReportDataMessage;
import vn.lienthong.reporting.submission.ReportJson;

import java.time.Instant;

/**
 * The messages LienThong exchanges with other reporting systems, named after the QCVN 125:2021
 * packet types (gói tin chế độ báo cáo, danh mục chỉ tiêu, số liệu báo cáo, trạng thái báo cáo).
 * The standard's own field layouts were not available: these JSON layouts are LienThong's, marked
 * {@code "layout": "assumed"}, and documented in docs/reporting.md so a mapping is easy to add.
 */
public final class Qcvn125Messages {

    public static final String STANDARD = "QCVN 125:2021/BTTTT";
    public static final String REGIME = "REGIME";
    public static final String INDICATOR_CATALOGUE = "INDICATOR_CATALOGUE";
    public static final String REPORT_STATUS = "REPORT_STATUS";

    private Qcvn125Messages() {
    }

    private static JsonObjectBuilder envelope(String type, Instant now) {
        return Json.createObjectBuilder()
                .add("messageType", type)
                .add("standard", STANDARD)
                .add("layout", "assumed")
                .add("system", "LienThong")
                .add("createdAt", Views.local(now).toString());
    }

    /** Gói tin chế độ báo cáo: the regime version whole, in its JSON form. */
    public static JsonObject regime(RegimeDefinition regime, int version, String validFrom, Instant now) {
        return envelope(REGIME, now).add("version", version).add("validFrom", validFrom == null ? "" : validFrom)
                .add("regime", RegimeJsonFormat.write(regime)).build();
    }

    /** Gói tin danh mục chỉ tiêu báo cáo: the regime's indicators. */
    public static JsonObject indicators(RegimeDefinition regime, int version, Instant now) {
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        for (Indicator indicator : regime.indicators()) {
            indicators.add(RegimeJsonFormat.indicator(indicator));
        }
        return envelope(INDICATOR_CATALOGUE, now).add("regime", regime.code()).add("version", version).add("indicators", indicators).build();
    }

    /**
     * Gói tin số liệu báo cáo: an agency's figures for a period — here its aggregate, everything it
     * and its units reported — with the reporting rates behind it. Read back by
     * {@link ReportDataMessage}: another LienThong takes it as that agency's submission.
     *
     * @param regimeCode the regime the receiving system knows the report under
     */
    public static JsonObject reportData(Aggregate a, String regimeCode) {
        RateCounts rates = a.root().rates();
        return envelope(ReportDataMessage.MESSAGE_TYPE, a.asOf())
                .add("regime", regimeCode)
                .add("period", a.period().key().text())
                .add("agency", a.root().agency().value())
                .add("sourceRegime", a.period().regimeCode())
                .add("sourceRegimeVersion", a.period().regimeVersion())
                .add("windowFrom", a.period().window().from().toString())
                .add("cutOff", a.period().window().cutOff().toString())
                .add("reporters", Json.createObjectBuilder().add("expected", rates.expected()).add("submitted", rates.submitted())
                        .add("onTime", rates.onTime()))
                .add("values", ReportJson.write(a.root().values(), a.regime()))
                .build();
    }

    /** Gói tin trạng thái báo cáo: where one report stands. */
    public static JsonObject reportStatus(ObligationView o, Instant now) {
        JsonObjectBuilder b = envelope(REPORT_STATUS, now)
                .add("regime", o.regime()).add("period", o.period()).add("agency", o.agency()).add("recipient", o.recipient())
                .add("status", o.status()).add("dueAt", o.dueAt().toString()).add("submissions", o.submissions())
                .add("closed", o.closed());
        if (o.firstSubmittedAt() != null) {
            b.add("firstSubmittedAt", o.firstSubmittedAt().toString());
        }
        if (o.currentSubmissionId() != null) {
            b.add("submissionId", o.currentSubmissionId());
        }
        return b.build();
    }
}
