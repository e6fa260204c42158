package vn.lienthong.alert.rule;

import java.util.Arrays;
import java.util.Optional;

/**
 * The conditions an alert rule can watch, each with its code (the rule's key in the API) and how its
 * measured value meets the threshold. Names in English and Vietnamese, for mail and console.
 */
public enum AlertKind {

    /** Items of any durable queue (platform.outbox) that used up their attempts. */
    FAILED_QUEUE_ITEMS("failed-queue-items", Comparison.ABOVE, "items",
            "Failed items in the durable queues", "Mục lỗi trong hàng đợi bền vững"),
    /** Messages the broker gave up on (its dead-letter queue). */
    DEAD_LETTERS("dead-letters", Comparison.ABOVE, "messages",
            "Messages in the broker's dead-letter queue", "Thông điệp trong hàng đợi thư chết của máy chủ thông điệp"),
    /** Certificates (agency client certificates, the hub's signing key, the TLS key, the signature trust anchors) close to their end. */
    CERTIFICATE_EXPIRY("certificate-expiry", Comparison.WITHIN, "days",
            "Certificates expiring soon", "Chứng thư số sắp hết hạn"),
    /** Dossier changes waiting to reach the national portal. */
    PORTAL_SYNC_BACKLOG("portal-sync-backlog", Comparison.ABOVE, "changes",
            "Portal synchronisation backlog", "Tồn đọng đồng bộ với Cổng Dịch vụ công"),
    /** Age of the oldest dossier change still waiting for the national portal. */
    PORTAL_SYNC_DELAY("portal-sync-delay", Comparison.ABOVE, "minutes",
            "Portal synchronisation delay", "Chậm đồng bộ với Cổng Dịch vụ công"),
    /** Reports whose deadline passed without a submission (thiếu báo cáo). */
    LATE_REPORTS("late-reports", Comparison.ABOVE, "reports",
            "Overdue reports", "Báo cáo quá hạn"),
    /** The database did not answer this many probes in a row. */
    DATABASE_UNREACHABLE("database-unreachable", Comparison.AT_LEAST, "failed probes",
            "Database unreachable", "Không kết nối được cơ sở dữ liệu"),
    /** The message broker did not answer this many probes in a row. */
    BROKER_UNREACHABLE("broker-unreachable", Comparison.AT_LEAST, "failed probes",
            "Message broker unreachable", "Không kết nối được máy chủ thông điệp");

    /** How a measured value meets the threshold. */
    public enum Comparison {
        /** Breached when the value is more than the threshold (a count). */
        ABOVE,
        /** Breached when the value is the threshold or less (days left before an expiry). */
        WITHIN,
        /** Breached when the value reaches the threshold (failures in a row). */
        AT_LEAST
    }

    private final String code;
    private final Comparison comparison;
    private final String unit;
    private final String nameEn;
    private final String nameVi;

    AlertKind(String code, Comparison comparison, String unit, String nameEn, String nameVi) {
        this.code = code;
        this.comparison = comparison;
        this.unit = unit;
        this.nameEn = nameEn;
        this.nameVi = nameVi;
    }

    public static Optional<AlertKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** Whether {@code value} breaches {@code threshold}; an empty value (nothing to measure: no certificate) never does. */
    public boolean breached(Optional<Long> value, long threshold) {
        if (value.isEmpty()) {
            return false;
        }
        long v = value.get();
        return switch (comparison) {
            case ABOVE -> v > threshold;
            case WITHIN -> v <= threshold;
            case AT_LEAST -> v >= Math.max(1, threshold);
        };
    }

    public String code() {
        return code;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** What the value and the threshold count, in English ({@code days}). */
    public String unit() {
        return unit;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameVi() {
        return nameVi;
    }
}
