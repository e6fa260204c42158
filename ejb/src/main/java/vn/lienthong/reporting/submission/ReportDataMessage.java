package vn.lienthong.reporting.submission;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.List;
import java.util.Optional;

/**
 * A report travelling on its own — as the attachment of a document package on the axis
 * ({@code *.report.json}) or as the QCVN 125 report-data message between reporting systems: the
 * regime, the period, the reporting agency, and the figures in the same JSON form as a REST
 * submission ({@code values}, {@code corrections}, {@code reason}). docs/reporting.md marks the
 * layout as assumed.
 */
public record ReportDataMessage(String regime, String period, Optional<AgencyCode> agency, JsonObject body) {

    public static final String MESSAGE_TYPE = "REPORT_DATA";

    public static ReportDataMessage read(JsonObject message, String element) {
        String regime = text(message, "regime");
        String period = text(message, "period");
        if (regime == null || period == null) {
            throw new ReportInvalidException(List.of(new ReportProblem(element,
                    "a report-data message names its regime and period", "thông điệp số liệu báo cáo cần ghi regime và period")));
        }
        Optional<AgencyCode> agency = Optional.ofNullable(text(message, "agency")).map(AgencyCode::of);
        JsonValue type = message.get("messageType");
        if (type instanceof JsonString s && !s.getString().equals(MESSAGE_TYPE)) {
            throw new ReportInvalidException(List.of(new ReportProblem(element + "/messageType",
                    "a report is a " + MESSAGE_TYPE + " message, not " + s.getString(),
                    "báo cáo là thông điệp " + MESSAGE_TYPE + ", không phải " + s.getString())));
        }
        return new ReportDataMessage(regime, period, agency, message);
    }

    private static String text(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }
}
