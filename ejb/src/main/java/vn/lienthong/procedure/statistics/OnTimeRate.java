package vn.lienthong.procedure.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tỷ lệ đúng hạn: results returned early or on time over results returned, as PROCEDURES.md
 * defines it; 100 % when nothing was returned (nothing was late).
 */
public record OnTimeRate(long earlyOrOnTime, long returned) {

    public OnTimeRate {
        if (returned < 0 || earlyOrOnTime < 0 || earlyOrOnTime > returned) {
            throw new IllegalArgumentException("Early or on time (" + earlyOrOnTime + ") must lie between 0 and returned (" + returned + ")");
        }
    }

    /** In percent, rounded half up to two decimals (66.67 for 2 of 3). */
    public BigDecimal percent() {
        if (returned == 0) {
            return BigDecimal.valueOf(100).setScale(2, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(earlyOrOnTime * 100).divide(BigDecimal.valueOf(returned), 2, RoundingMode.HALF_UP);
    }
}
