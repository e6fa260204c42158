package vn.lienthong.reporting.submission;

import java.math.BigDecimal;

/** A figure the hub computed (pre-filled) that the reporter changed, and why. */
public record Correction(BigDecimal hubValue, String reason) {
}
