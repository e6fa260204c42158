package vn.lienthong.reporting.prefill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A reporter's figures as the pre-fill run fixed them, by indicator code, and when. */
public record FrozenFigures(Instant computedAt, Map<String, BigDecimal> figures) {
}
