package vn.lienthong.reporting.regime;

import vn.lienthong.reporting.Text;

/**
 * Indicators the hub computes itself from what it holds (docs/reporting.md, "Computed
 * indicators"), over the report's data window and for the reporting agency itself. A regime names
 * one as an indicator's {@code computed} source; the hub pre-fills it, and the agency confirms it or
 * corrects it with a reason.
 */
public enum IndicatorSource {
    DOCUMENTS_SENT(IndicatorType.INTEGER, "Số văn bản điện tử đã gửi qua Trục", "Electronic documents sent through the axis"),
    DOCUMENTS_SENT_INTERNAL(IndicatorType.INTEGER, "Số văn bản gửi trong nội bộ bộ, tỉnh", "Documents sent within the ministry or province"),
    DOCUMENTS_SENT_EXTERNAL(IndicatorType.INTEGER, "Số văn bản gửi ra ngoài bộ, tỉnh", "Documents sent outside the ministry or province"),
    DOCUMENTS_SENT_SIGNED(IndicatorType.INTEGER, "Số văn bản gửi có chữ ký số", "Documents sent with a digital signature"),
    DOCUMENTS_SIGNED_RATIO(IndicatorType.PERCENT, "Tỷ lệ văn bản gửi có chữ ký số", "Share of documents sent signed"),
    DOCUMENTS_RECEIVED(IndicatorType.INTEGER, "Số văn bản điện tử đã nhận qua Trục", "Electronic documents received through the axis"),
    DOCUMENTS_RECEIVED_INTERNAL(IndicatorType.INTEGER, "Số văn bản nhận từ trong nội bộ bộ, tỉnh", "Documents received from within the ministry or province"),
    DOCUMENTS_RECEIVED_EXTERNAL(IndicatorType.INTEGER, "Số văn bản nhận từ ngoài bộ, tỉnh", "Documents received from outside the ministry or province"),
    DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY(IndicatorType.INTEGER, "Số văn bản nhận về trong 01 ngày làm việc",
            "Documents received and fetched within one working day"),
    DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY_RATIO(IndicatorType.PERCENT, "Tỷ lệ văn bản nhận về trong 01 ngày làm việc",
            "Share of documents fetched within one working day"),
    DOCUMENTS_REGISTERED(IndicatorType.INTEGER, "Số văn bản đến đã vào sổ (trạng thái 03)", "Documents received and registered (status 03)"),
    AXIS_CONNECTED(IndicatorType.INTEGER, "Đơn vị đã kết nối, gửi nhận văn bản qua Trục", "Units connected (sent or fetched a document)"),
    DOSSIERS_RECEIVED(IndicatorType.INTEGER, "Số hồ sơ tiếp nhận", "Dossiers received"),
    DOSSIERS_RECEIVED_ONLINE(IndicatorType.INTEGER, "Số hồ sơ tiếp nhận trực tuyến", "Dossiers received online"),
    DOSSIERS_RESOLVED(IndicatorType.INTEGER, "Số hồ sơ đã giải quyết", "Dossiers resolved"),
    DOSSIERS_RESOLVED_EARLY(IndicatorType.INTEGER, "Số hồ sơ giải quyết trước hạn", "Dossiers resolved early"),
    DOSSIERS_RESOLVED_ON_TIME(IndicatorType.INTEGER, "Số hồ sơ giải quyết đúng hạn", "Dossiers resolved on time"),
    DOSSIERS_RESOLVED_LATE(IndicatorType.INTEGER, "Số hồ sơ giải quyết quá hạn", "Dossiers resolved late"),
    DOSSIERS_ON_TIME_RATE(IndicatorType.PERCENT, "Tỷ lệ hồ sơ giải quyết đúng hạn", "On-time resolution rate");

    private final IndicatorType type;
    private final Text description;

    IndicatorSource(IndicatorType type, String vi, String en) {
        this.type = type;
        this.description = new Text(vi, en);
    }

    /** The type of indicator this figure fits. */
    public IndicatorType type() {
        return type;
    }

    public Text description() {
        return description;
    }
}
