package vn.lienthong.it.reporting;

/** The regime the reporting tests define, as an administrator writes it (docs/reporting.md). */
final class Regimes {

    /** The indicators and rules every regime of the tests asks (JSON members, without the braces). */
    static final String INDICATORS_AND_RULES = """
"indicators": [
                   {"code": "CT02", "name": {"vi": "Số hồ sơ tiếp nhận", "en": "Dossiers received"}, "unit": "hồ sơ", "type": "INTEGER", "min": 0, "section": "I. Hồ sơ"},
                   {"code": "CT03", "name": {"vi": "Số hồ sơ đã giải quyết", "en": "Dossiers resolved"}, "unit": "hồ sơ", "type": "INTEGER", "min": 0},
                   {"code": "CT04", "name": {"vi": "Tỷ lệ giải quyết đúng hạn", "en": "On-time rate"}, "type": "PERCENT", "aggregation": "WEIGHTED_AVERAGE", "weight": "CT03"},
                   {"code": "CT05", "name": {"vi": "Hồ sơ còn tồn cuối kỳ", "en": "Dossiers open at the cut-off"}, "unit": "hồ sơ", "type": "INTEGER", "aggregation": "LATEST"},
                   {"code": "CT06", "name": {"vi": "Thời gian giải quyết ngắn nhất", "en": "Shortest resolution time"}, "unit": "ngày", "type": "DECIMAL", "decimals": 1, "aggregation": "MIN"},
                   {"code": "CT07", "name": {"vi": "Khó khăn, vướng mắc", "en": "Difficulties"}, "type": "TEXT", "required": false},
                   {"code": "CT08", "name": {"vi": "Hồ sơ tiếp nhận theo kênh", "en": "Dossiers received by channel"}, "type": "TABLE",
                    "rows": [{"code": "TT", "name": "Trực tiếp"}, {"code": "TTN", "name": "Trực tuyến"}],
                    "columns": [{"code": "NHAN", "name": "Số hồ sơ", "type": "INTEGER"}]},
                   {"code": "VB01", "name": {"vi": "Số văn bản điện tử đã gửi", "en": "Documents sent"}, "unit": "văn bản", "type": "INTEGER", "computed": "DOCUMENTS_SENT", "section": "II. Văn bản"},
                   {"code": "VB02", "name": "Số văn bản gửi ra ngoài tỉnh", "unit": "văn bản", "type": "INTEGER", "computed": "DOCUMENTS_SENT_EXTERNAL"},
                   {"code": "VB03", "name": "Tỷ lệ văn bản gửi có chữ ký số", "type": "PERCENT", "aggregation": "WEIGHTED_AVERAGE", "weight": "VB01", "computed": "DOCUMENTS_SIGNED_RATIO"},
                   {"code": "VB04", "name": "Số văn bản đã nhận", "unit": "văn bản", "type": "INTEGER", "computed": "DOCUMENTS_RECEIVED"},
                   {"code": "VB05", "name": "Số văn bản nhận về trong 01 ngày làm việc", "unit": "văn bản", "type": "INTEGER", "computed": "DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY"},
                   {"code": "VB06", "name": "Số văn bản đến đã vào sổ", "unit": "văn bản", "type": "INTEGER", "computed": "DOCUMENTS_REGISTERED"},
                   {"code": "VB07", "name": "Đơn vị đã kết nối Trục", "unit": "đơn vị", "type": "INTEGER", "computed": "AXIS_CONNECTED"},
                   {"code": "HS01", "name": "Số hồ sơ một cửa tiếp nhận (Trục tính)", "unit": "hồ sơ", "type": "INTEGER", "computed": "DOSSIERS_RECEIVED", "section": "III. Một cửa"},
                   {"code": "HS02", "name": "Số hồ sơ một cửa đã giải quyết (Trục tính)", "unit": "hồ sơ", "type": "INTEGER", "computed": "DOSSIERS_RESOLVED"},
                   {"code": "HS03", "name": "Tỷ lệ đúng hạn một cửa (Trục tính)", "type": "PERCENT", "aggregation": "WEIGHTED_AVERAGE", "weight": "HS02", "computed": "DOSSIERS_ON_TIME_RATE"}],
                 "rules": [
                   {"code": "QT01", "left": "CT03", "operator": "<=", "right": "CT02",
                    "message": {"vi": "Số hồ sơ đã giải quyết không vượt quá số tiếp nhận", "en": "Resolved cannot exceed received"}},
                   {"code": "QT02", "left": "CT08[TT][NHAN] + CT08[TTN][NHAN]", "operator": "==", "right": "CT02", "severity": "WARNING",
                    "message": {"vi": "Tổng theo kênh bằng số hồ sơ tiếp nhận", "en": "Channels add up to dossiers received"}}]
            """.strip();

    private Regimes() {
    }

    /** A monthly regime in which only {@code province} reports, to the Government Office: a national regime fed by provinces' systems. */
    static String national(String code, String province) {
        return """
                {"code": "%s", "name": "Báo cáo tổng hợp toàn quốc (thử nghiệm)", "kind": "PERIODIC", "frequency": "MONTH",
                 "issuer": "000.00.00.G22",
                 "reporters": [{"agency": "%s", "recipient": "000.00.00.G22", "deadline": {"workingDaysAfterCutOff": 80}}],
                 %s}
                """.formatted(code, province, INDICATORS_AND_RULES);
    }

    /**
     * A monthly regime of the fixture's tree (scope: its top unit): the top unit (level 2) reports to
     * the Government Office, districts (3) and communes (4) to their parent, all 80 working days after the cut-off, except the
     * named agencies, due one working day after it (so that, in a past period, they are late or
     * missing without the test waiting). Indicators: reported counts, a rate weighted by what was resolved, a
     * stock, a minimum, a text, a table by channel, and figures the hub computes.
     */
    static String monthly(String code, ReportingFixture f, String... dueSoon) {
        StringBuilder named = new StringBuilder();
        for (String agency : dueSoon) {
            named.append(",\n  {\"agency\": \"").append(agency).append("\", \"deadline\": {\"workingDaysAfterCutOff\": 1}}");
        }
        return """
                {"code": "%1$s", "name": {"vi": "Báo cáo tình hình giải quyết hồ sơ và gửi nhận văn bản", "en": "Dossiers and documents report"},
                 "kind": "PERIODIC", "frequency": "MONTH", "window": "DECREE_09",
                 "issuer": "%2$s", "legalBasis": "Quyết định thử nghiệm 01/2026/QĐ-UBND", "scope": "%2$s",
                 "reporters": [
                   {"level": 2, "recipient": "000.00.00.G22", "deadline": {"workingDaysAfterCutOff": 80}},
                   {"level": 3, "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 80}},
                   {"level": 4, "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 80}}%3$s],
                 %4$s}
                """.formatted(code, f.province, named, INDICATORS_AND_RULES);
    }

    /** A report's figures in the JSON form: received, resolved, rate, open, fastest, by hand, online. */
    static String figures(int received, int resolved, String rate, int open, String fastest, int byHand, int online) {
        return """
                "CT02": %d, "CT03": %d, "CT04": %s, "CT05": %d, "CT06": %s,
                "CT08": {"TT": {"NHAN": %d}, "TTN": {"NHAN": %d}}""".formatted(received, resolved, rate, open, fastest, byHand, online);
    }

    static String body(String figures) {
        return "{\"values\": {" + figures + "}}";
    }
}
