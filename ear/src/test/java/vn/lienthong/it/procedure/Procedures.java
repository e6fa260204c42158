package vn.lienthong.it.procedure;

import jakarta.json.JsonObject;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Procedures and dossiers the integration tests create for themselves. */
final class Procedures {

    /** Sở Tài nguyên và Môi trường tỉnh Đồng Tháp: receives land dossiers. */
    static final String LAND_OFFICE = "000.00.10.H20";
    /** Sở Tài chính tỉnh Đồng Tháp: determines the financial obligation, a step of the land procedure. */
    static final String FINANCE = "000.00.05.H20";

    private Procedures() {
    }

    static String uniqueCode() {
        return "T." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Three steps, the middle one owned by the finance department; 5 working days, pause and extension allowed. */
    static String landProcedureJson(String code, String handler) {
        return landProcedureJson(code, handler, FINANCE);
    }

    /** As above, with the middle step owned by {@code stepOwner}. */
    static String landProcedureJson(String code, String handler, String stepOwner) {
        return """
                {"code": "%s", "name": "Cấp giấy chứng nhận quyền sử dụng đất (thử nghiệm)",
                 "fieldCode": "DD", "fieldName": "Đất đai", "handlingAgencies": ["%s"],
                 "papers": [{"name": "Đơn đăng ký", "originals": 1, "copies": 0}],
                 "fees": [{"description": "Lệ phí cấp giấy chứng nhận", "amountVnd": 100000}],
                 "processingTime": {"amount": 5, "unit": "WORKING_DAYS"},
                 "pauseAllowed": true, "pauseEffect": "EXTEND", "extensionAllowed": true,
                 "steps": [{"name": "Tiếp nhận, kiểm tra"},
                           {"name": "Xác định nghĩa vụ tài chính", "owner": "%s"},
                           {"name": "Cấp giấy chứng nhận"}]}
                """.formatted(code, handler, stepOwner);
    }

    static String defineLandProcedure(String handler) {
        String code = uniqueCode();
        HubResponse created = Hub.admin().postJson("/api/v1/admin/procedures", landProcedureJson(code, handler));
        assertThat(created.status()).as("define %s", created).isEqualTo(201);
        return code;
    }

    static String intakeJson(String procedureCode, int channel) {
        return """
                {"procedureCode": "%s", "channel": %d, "officer": "Nguyễn Văn An",
                 "applicant": {"name": "Trần Thị Bình", "idNumber": "087190001234", "phone": "0912345678"},
                 "summary": "Cấp giấy chứng nhận lần đầu, thửa 123 tờ bản đồ 4",
                 "papers": [{"name": "Đơn đăng ký", "fileName": "don.pdf", "mediaType": "application/pdf",
                             "content": "JVBERi0xLjQKJcOkw7zDtsOf"}]}
                """.formatted(procedureCode, channel);
    }

    static JsonObject intake(String unit, String procedureCode, int channel) {
        HubResponse response = Hub.as(unit).postJson("/api/v1/dossiers", intakeJson(procedureCode, channel));
        assertThat(response.status()).as("intake %s", response).isEqualTo(201);
        return response.json();
    }

    static HubResponse act(String agency, String dossierCode, String action, String body) {
        return Hub.as(agency).postJson("/api/v1/dossiers/" + dossierCode + "/" + action, body);
    }

    static JsonObject actOk(String agency, String dossierCode, String action, String body) {
        HubResponse response = act(agency, dossierCode, action, body);
        assertThat(response.status()).as("%s %s", action, response).isEqualTo(200);
        return response.json();
    }
}
