package vn.lienthong.reporting.aggregation;

import vn.lienthong.reporting.obligation.ReportStatus;

/**
 * Reporting rates (DHIS2's expected / actual / on time): how many reports were expected, how many
 * came, how many came on time, late, and how many are overdue.
 */
public record RateCounts(long expected, long submitted, long onTime, long late, long overdue) {

    public static final RateCounts NONE = new RateCounts(0, 0, 0, 0, 0);

    public static RateCounts of(ReportStatus status) {
        return new RateCounts(1, status.submitted() ? 1 : 0, status == ReportStatus.ON_TIME ? 1 : 0,
                status == ReportStatus.LATE ? 1 : 0, status == ReportStatus.OVERDUE ? 1 : 0);
    }

    public RateCounts plus(RateCounts o) {
        return new RateCounts(expected + o.expected, submitted + o.submitted, onTime + o.onTime, late + o.late, overdue + o.overdue);
    }

    /** Submitted of expected, in percent with two decimals; 100 when nothing was expected. */
    public java.math.BigDecimal submittedPercent() {
        return percent(submitted);
    }

    public java.math.BigDecimal onTimePercent() {
        return percent(onTime);
    }

    private java.math.BigDecimal percent(long part) {
        if (expected == 0) {
            return java.math.BigDecimal.valueOf(100).setScale(2);
        }
        return java.math.BigDecimal.valueOf(part * 100).divide(java.math.BigDecimal.valueOf(expected), 2, java.math.RoundingMode.HALF_UP);
    }
}
