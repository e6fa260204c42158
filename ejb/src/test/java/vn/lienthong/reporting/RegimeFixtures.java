package vn.lienthong.reporting;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeJsonFormat;

import java.io.StringReader;

/**
 * A regime of the province test unit H99, as an administrator would define it: document counts
 * (one computed by the hub), a resolved ≤ received rule, an on-time rate weighted by what was
 * resolved, a stock of open dossiers, a minimum, a text and a table of dossiers by channel.
 */
public final class RegimeFixtures {

    public static final String JSON = """
            {"code": "BC-TEST", "name": {"vi": "Báo cáo thử nghiệm", "en": "Test report"},
             "kind": "PERIODIC", "frequency": "MONTH", "window": "DECREE_09",
             "issuer": "000.00.00.H99", "legalBasis": "Quyết định 01/2026/QĐ-UBND", "scope": "000.00.00.H99",
             "reporters": [
               {"level": 1, "recipient": "000.00.00.G22", "deadline": {"dayOfMonth": 25}},
               {"level": 2, "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 4}},
               {"level": 3, "deadline": {"workingDaysAfterCutOff": 2}},
               {"agency": "000.02.31.H99", "deadline": {"workingDaysAfterCutOff": 1}}],
             "indicators": [
               {"code": "CT01", "name": {"vi": "Số văn bản đã gửi", "en": "Documents sent"}, "unit": "văn bản",
                "type": "INTEGER", "computed": "DOCUMENTS_SENT", "section": "I. Văn bản"},
               {"code": "CT02", "name": "Số hồ sơ tiếp nhận", "unit": "hồ sơ", "type": "INTEGER", "min": 0},
               {"code": "CT03", "name": "Số hồ sơ đã giải quyết", "unit": "hồ sơ", "type": "INTEGER", "min": 0},
               {"code": "CT04", "name": "Tỷ lệ đúng hạn", "type": "PERCENT", "aggregation": "WEIGHTED_AVERAGE", "weight": "CT03"},
               {"code": "CT05", "name": "Hồ sơ còn tồn cuối kỳ", "unit": "hồ sơ", "type": "INTEGER", "aggregation": "LATEST"},
               {"code": "CT06", "name": "Thời gian xử lý ngắn nhất", "unit": "ngày", "type": "DECIMAL", "decimals": 1, "aggregation": "MIN"},
               {"code": "CT07", "name": "Khó khăn, vướng mắc", "type": "TEXT", "required": false, "maxLength": 200},
               {"code": "CT08", "name": "Hồ sơ theo kênh", "type": "TABLE",
                "rows": [{"code": "TT", "name": "Trực tiếp"}, {"code": "TTN", "name": "Trực tuyến"}],
                "columns": [{"code": "NHAN", "name": "Tiếp nhận", "type": "INTEGER"},
                            {"code": "TL", "name": "Tỷ lệ", "type": "PERCENT"}]}],
             "rules": [
               {"code": "QT01", "left": "CT03", "operator": "<=", "right": "CT02",
                "message": {"vi": "Số đã giải quyết không vượt quá số tiếp nhận", "en": "Resolved cannot exceed received"}},
               {"code": "QT02", "left": "CT08[TT][NHAN] + CT08[TTN][NHAN]", "operator": "==", "right": "CT02",
                "message": {"vi": "Tổng theo kênh bằng số tiếp nhận", "en": "Channels add up to received"}, "severity": "WARNING"}]}
            """;

    private RegimeFixtures() {
    }

    public static JsonObject json() {
        return Json.createReader(new StringReader(JSON)).readObject();
    }

    public static RegimeDefinition regime() {
        return RegimeJsonFormat.read(json());
    }

    public static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
