package vn.lienthong.web.problem;

import jakarta.ws.rs.core.Response.Status;

import java.util.Map;

/**
 * The one table from refusal code to HTTP status and title, shared by the REST problem documents
 * and the SOAP faults. A code missing here is a bug: {@link #of(String)} fails loudly in tests.
 */
public final class ProblemCatalog {

    public record Entry(int status, String titleEn, String titleVi) {
    }

    private static final Map<String, Entry> ENTRIES = Map.ofEntries(
            entry("MALFORMED_XML", 400, "Malformed XML", "XML không hợp lệ"),
            entry("NOT_EDXML", 400, "Not an edXML package", "Không phải gói tin edXML"),
            entry("INVALID_PACKAGE", 400, "Invalid edXML package", "Gói tin edXML không hợp lệ"),
            entry("XML_CONSTRUCT_FORBIDDEN", 400, "Forbidden XML construct", "Cấu trúc XML bị cấm"),
            entry("FORGED_TRACE_HEADER", 400, "Forged trace header", "Dấu vết chuyển tiếp giả mạo"),
            entry("INVALID_RELAY", 400, "Invalid relay", "Yêu cầu chuyển tiếp không hợp lệ"),
            entry("WRONG_PACKAGE_KIND", 400, "Wrong kind of package", "Sai loại gói tin"),
            entry("REPEATED_ELEMENT", 400, "Element repeated", "Phần tử bị lặp lại"),
            entry("PACKAGE_LIMIT_EXCEEDED", 413, "Package exceeds a limit", "Gói tin vượt giới hạn"),
            entry("INVALID_AGENCY_CODE", 400, "Invalid agency code", "Mã định danh không hợp lệ"),
            entry("INVALID_REQUEST", 400, "Invalid request", "Yêu cầu không hợp lệ"),
            entry("UNAUTHENTICATED", 401, "Authentication required", "Cần xác thực"),
            entry("INVALID_CREDENTIALS", 401, "Invalid credentials", "Thông tin xác thực không đúng"),
            entry("TLS_REQUIRED", 403, "HTTPS required for credentials", "Thông tin đăng nhập chỉ được gửi qua HTTPS"),
            entry("CURRENT_SECRET_REQUIRED", 403, "Current secret required", "Cần đăng nhập bằng mật khẩu hiện tại"),
            entry("SIGN_IN_THROTTLED", 429, "Too many failed sign-ins", "Đăng nhập sai quá nhiều lần"),
            entry("TOO_MANY_REQUESTS", 429, "Too many requests", "Quá nhiều yêu cầu"),
            entry("BODY_TOO_LARGE", 413, "Request body too large", "Nội dung yêu cầu quá lớn"),
            entry("SENDER_MISMATCH", 403, "Sender does not match the signed-in agency", "Đơn vị gửi không khớp với đơn vị đăng nhập"),
            entry("NOT_YOURS", 403, "Not your document", "Không phải văn bản của cơ quan bạn"),
            entry("RELAY_NOT_ALLOWED", 403, "Relay not allowed", "Không được phép chuyển tiếp"),
            entry("FORBIDDEN", 403, "Not allowed", "Không được phép"),
            entry("UNKNOWN_AGENCY", 404, "Unknown agency", "Không có cơ quan này"),
            entry("UNKNOWN_DOCUMENT", 404, "Unknown document", "Không có văn bản này"),
            entry("UNKNOWN_PEER", 404, "Unknown federation peer", "Không có trục ngang hàng này"),
            entry("NOT_FOUND", 404, "Not found", "Không tìm thấy"),
            entry("METHOD_NOT_ALLOWED", 405, "Method not allowed", "Phương thức không được hỗ trợ"),
            entry("NOT_ACCEPTABLE", 406, "Not acceptable", "Không đáp ứng được định dạng yêu cầu"),
            entry("NOT_YET_DELIVERED", 409, "Not yet delivered", "Văn bản chưa được chuyển đến"),
            entry("AGENCY_EXISTS", 409, "Agency already exists", "Cơ quan đã có trong danh bạ"),
            entry("AGENCY_RETIRED", 409, "Agency no longer active", "Cơ quan đã ngừng hoạt động"),
            entry("AGENCY_HAS_ACTIVE_CHILDREN", 409, "Agency has active units", "Cơ quan còn đơn vị trực thuộc đang hoạt động"),
            entry("INVALID_PARENT", 422, "Invalid parent agency", "Cơ quan cấp trên không hợp lệ"),
            entry("INVALID_SERVING_HUB", 422, "Invalid serving hub", "Trục phục vụ không hợp lệ"),
            entry("DOCUMENT_REVOKED", 410, "Document revoked by its sender", "Văn bản đã bị bên gửi thu hồi"),
            entry("EVIDENCE_NOT_PROVABLE", 409, "Evidence cannot be proven without disclosing other documents", "Không thể chứng minh mà không làm lộ văn bản khác"),
            entry("DOCUMENT_PURGED", 410, "Package purged under a retention rule", "Gói tin đã bị hủy theo quy tắc lưu trữ"),
            entry("UNKNOWN_RETENTION_RULE", 404, "Unknown retention rule", "Không có quy tắc lưu trữ này"),
            entry("UNKNOWN_RETENTION_RUN", 404, "Unknown retention run", "Không có lượt chạy lưu trữ này"),
            entry("UNKNOWN_JOB_RUN", 404, "Unknown run of the job", "Không có lượt chạy này của tác vụ"),
            entry("JOB_RUN_STATE", 409, "Not allowed in the run's current state", "Không thực hiện được ở trạng thái hiện tại của lượt chạy"),
            entry("RETENTION_RUN_STATE", 409, "Not allowed in the retention run's current state", "Không thực hiện được ở trạng thái hiện tại của lượt chạy lưu trữ"),
            entry("NOT_PUSHED", 409, "Not a push delivery", "Không phải văn bản được đẩy đến"),
            entry("DOCUMENT_ID_REUSED", 409, "DocumentId already used for another package", "DocumentId đã được dùng cho một gói tin khác"),
            entry("STATUS_NOT_ALLOWED", 409, "Status not allowed", "Không được gửi trạng thái này"),
            entry("UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported media type", "Định dạng nội dung không được hỗ trợ"),
            entry("IDEMPOTENCY_KEY_REUSED", 422, "Idempotency key reused", "Khóa chống gửi trùng bị dùng lại"),
            entry("UNKNOWN_RECIPIENT", 422, "Unknown recipient", "Đơn vị nhận không có trong danh bạ"),
            entry("INACTIVE_RECIPIENT", 422, "Inactive recipient", "Đơn vị nhận đã ngừng hoạt động"),
            entry("SIGNATURE_REQUIRED", 422, "Signature required", "Gói tin phải có chữ ký số"),
            entry("SIGNATURE_INVALID", 422, "Invalid signature", "Chữ ký số không hợp lệ"),
            entry("SIGNATURE_ALGORITHM_REFUSED", 422, "Signature algorithm not accepted", "Thuật toán chữ ký số không được chấp nhận"),
            entry("CERTIFICATE_UNTRUSTED", 422, "Signing certificate not trusted", "Chứng thư số của người ký không được tin cậy"),
            entry("CERTIFICATE_EXPIRED", 422, "Signing certificate expired", "Chứng thư số của người ký đã hết hạn"),
            entry("CERTIFICATE_REVOKED", 422, "Signing certificate revoked", "Chứng thư số của người ký đã bị thu hồi"),
            entry("SIGNATURE_INDETERMINATE", 422, "Signature could not be fully checked", "Chưa kiểm tra được đầy đủ chữ ký số"),
            entry("SIGNER_NOT_OF_SENDER", 403, "Signer does not belong to the sending agency", "Người ký không thuộc cơ quan gửi"),
            entry("RECEIPT_NOT_AVAILABLE", 409, "Receipt not available yet", "Chưa có biên nhận"),
            entry("UNKNOWN_PROCEDURE", 404, "Unknown procedure", "Không có thủ tục này"),
            entry("PROCEDURE_EXISTS", 409, "Procedure already exists", "Thủ tục đã có trong danh mục"),
            entry("UNKNOWN_DOSSIER", 404, "Unknown dossier", "Không có hồ sơ này"),
            entry("NOT_YOUR_DOSSIER", 403, "Not your dossier", "Không phải hồ sơ của cơ quan bạn"),
            entry("ILLEGAL_TRANSITION", 409, "Not allowed in the dossier's current state", "Không thực hiện được ở trạng thái hiện tại của hồ sơ"),
            entry("NOT_HANDLED_HERE", 422, "Procedure not handled by this agency", "Cơ quan không giải quyết thủ tục này"),
            entry("UNKNOWN_PORTAL_SYNC", 404, "Unknown portal synchronisation", "Không có lượt đồng bộ này"),
            entry("PORTAL_SYNC_NOT_FAILED", 409, "Portal synchronisation has not failed", "Lượt đồng bộ không ở trạng thái thất bại"),
            entry("PORTAL_SYNC_OFF", 409, "Synchronisation with the national portal is off", "Chưa bật đồng bộ với Cổng Dịch vụ công quốc gia"),
            entry("INVALID_PERIOD", 400, "Invalid reporting period", "Kỳ báo cáo không hợp lệ"),
            entry("NOT_YOUR_STATISTICS", 403, "Not your figures", "Không phải số liệu của cơ quan bạn"),
            entry("UNKNOWN_PAPER", 404, "Unknown paper", "Không có thành phần hồ sơ này"),
            entry("UNKNOWN_HANDOVER", 404, "Unknown hand-over", "Không có lượt chuyển liên thông này"),
            entry("HANDOVER_NOT_FAILED", 409, "Hand-over has not failed", "Lượt chuyển liên thông không ở trạng thái thất bại"),
            entry("UNKNOWN_FEEDBACK", 404, "Unknown citizen feedback", "Không có phản ánh, kiến nghị này"),
            entry("NOT_YOUR_FEEDBACK", 403, "Feedback not routed to your agency", "Phản ánh, kiến nghị không được chuyển đến cơ quan bạn"),
            entry("ILLEGAL_FEEDBACK_TRANSITION", 409, "Not allowed in the feedback's current state", "Không thực hiện được ở trạng thái hiện tại của phản ánh, kiến nghị"),
            entry("PUSH_URL_NOT_ALLOWED", 422, "Push endpoint address not allowed", "Địa chỉ nhận đẩy không được phép"),
            entry("UNKNOWN_QUEUE", 404, "Unknown queue", "Không có hàng đợi này"),
            entry("UNKNOWN_QUEUE_ITEM", 404, "Unknown queue item", "Không có mục này trong hàng đợi"),
            entry("QUEUE_ITEM_NOT_FAILED", 409, "Queue item has not failed", "Mục trong hàng đợi không ở trạng thái thất bại"),
            entry("UNKNOWN_ALERT_RULE", 404, "Unknown alert rule", "Không có quy tắc cảnh báo này"),
            entry("CONCURRENT_UPDATE", 409, "Changed by another request at the same moment", "Đang được thay đổi đồng thời bởi yêu cầu khác"),
            // Reporting (docs/reporting.md)
            entry("UNKNOWN_REGIME", 404, "Unknown report regime", "Không có chế độ báo cáo này"),
            entry("REGIME_EXISTS", 409, "Report regime already exists", "Chế độ báo cáo đã có"),
            entry("INVALID_REGIME", 422, "Invalid report regime", "Chế độ báo cáo không hợp lệ"),
            entry("UNKNOWN_REPORTING_PERIOD", 404, "Reporting period not open", "Kỳ báo cáo chưa được mở"),
            entry("PERIOD_ALREADY_OPEN", 409, "Reporting period already open", "Kỳ báo cáo đã được mở"),
            entry("PERIOD_NOT_OPENED", 422, "Reporting period cannot be opened", "Không mở được kỳ báo cáo"),
            entry("NO_OBLIGATION", 404, "No report owed", "Không có nghĩa vụ báo cáo"),
            entry("REPORTING_PERIOD_CLOSED", 409, "Reporting period closed by the recipient", "Kỳ báo cáo đã được cơ quan nhận khóa"),
            entry("REPORT_INVALID", 422, "Report does not fit its regime", "Báo cáo không đúng chế độ báo cáo"),
            entry("REPORT_RULE_VIOLATED", 422, "Report breaks a rule of its regime", "Báo cáo vi phạm quy tắc của chế độ báo cáo"),
            entry("REPORT_SIGNATURE_REQUIRED", 422, "Signed report required", "Báo cáo phải có chữ ký số"),
            entry("NOT_YOUR_REPORT", 403, "Not your report", "Không phải báo cáo của cơ quan bạn"),
            entry("UNKNOWN_SUBMISSION", 404, "Unknown report submission", "Không có lượt gửi báo cáo này"),
            entry("UNAVAILABLE", 503, "Service unavailable", "Dịch vụ tạm thời không sẵn sàng"),
            entry("INTERNAL_ERROR", 500, "Internal error", "Lỗi nội bộ"));

    private ProblemCatalog() {
    }

    private static Map.Entry<String, Entry> entry(String code, int status, String en, String vi) {
        return Map.entry(code, new Entry(status, en, vi));
    }

    public static Entry of(String code) {
        Entry entry = ENTRIES.get(code);
        if (entry == null) {
            throw new IllegalStateException("Refusal code " + code + " has no entry in ProblemCatalog");
        }
        return entry;
    }

    public static boolean knows(String code) {
        return ENTRIES.containsKey(code);
    }

    public static String codeForStatus(int status) {
        return switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "BODY_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "INVALID_REQUEST";
        };
    }

    static Status statusOf(String code) {
        return Status.fromStatusCode(of(code).status());
    }
}
