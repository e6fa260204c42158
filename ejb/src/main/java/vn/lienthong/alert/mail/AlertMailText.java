package vn.lienthong.alert.mail;

import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The text of an alert mail, Vietnamese first and English after it, as an operator reads it on a
 * phone: what happened, the value against the threshold, the detail, when and on which server, and
 * where to look. The subject says raised or cleared and which rule, so mail filters can sort them.
 */
public record AlertMailText(String subject, String body) {

    private static final DateTimeFormatter VIETNAMESE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    public AlertMailText {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }

    /** What the text tells: one alert, raised or cleared ({@code alertId} 0: not recorded yet, the database is away). */
    public record Facts(long alertId, AlertKind kind, long threshold, long value, String detailEn, String detailVi,
                        Instant at, String node, boolean cleared) {
    }

    public static AlertMailText of(Facts f) {
        String subject = "[LienThong] " + (f.cleared() ? "ĐÃ HẾT CẢNH BÁO / CLEARED" : "CẢNH BÁO / ALERT") + ": "
                + f.kind().nameVi() + " / " + f.kind().nameEn() + " (" + f.kind().code() + ")";
        String time = f.at().atZone(HubClock.ZONE).format(VIETNAMESE_TIME);
        String vi = (f.cleared()
                ? "Điều kiện cảnh báo \"" + f.kind().nameVi() + "\" đã hết."
                : "Điều kiện cảnh báo \"" + f.kind().nameVi() + "\" đang xảy ra.") + "\n"
                + "Giá trị: " + f.value() + " — ngưỡng: " + f.threshold() + " (" + thresholdVi(f.kind()) + ")\n"
                + "Chi tiết: " + f.detailVi() + "\n"
                + "Thời điểm: " + time + " (giờ Việt Nam), máy chủ " + f.node()
                + (f.alertId() > 0 ? ", cảnh báo số " + f.alertId() : "") + "\n";
        String en = (f.cleared()
                ? "The alert condition \"" + f.kind().nameEn() + "\" has cleared."
                : "The alert condition \"" + f.kind().nameEn() + "\" is raised.") + "\n"
                + "Value: " + f.value() + " — threshold: " + f.threshold() + " (" + thresholdEn(f.kind()) + ")\n"
                + "Detail: " + f.detailEn() + "\n"
                + "At: " + HubClock.local(f.at()) + ", server " + f.node()
                + (f.alertId() > 0 ? ", alert " + f.alertId() : "") + "\n";
        String look = "Xem / See: GET /api/v1/admin/alerts (quản trị viên / administrators)\n"
                + (f.cleared() ? "" : "Thư này không lặp lại cho đến khi điều kiện hết. / "
                + "This mail is not repeated until the condition clears.\n");
        return new AlertMailText(subject, vi + "\n" + en + "\n" + look);
    }

    private static String thresholdVi(AlertKind kind) {
        return switch (kind.comparison()) {
            case ABOVE -> "cảnh báo khi lớn hơn ngưỡng";
            case WITHIN -> "cảnh báo khi còn từ ngưỡng ngày trở xuống";
            case AT_LEAST -> "cảnh báo khi đạt ngưỡng";
        };
    }

    private static String thresholdEn(AlertKind kind) {
        return switch (kind.comparison()) {
            case ABOVE -> "raised when above it, " + kind.unit();
            case WITHIN -> "raised when within it, " + kind.unit();
            case AT_LEAST -> "raised when it is reached, " + kind.unit();
        };
    }
}
