package vn.lienthong.reporting.indicator;

import vn.lienthong.exchange.statistics.AxisCounts;

import java.math.BigDecimal;

/**
 * What a set of agencies did on the axis over a span: documents sent (signed, within and outside
 * the ministry or province), deliveries received (from within and outside), registered (status 03
 * or later), and how many of the agencies used the axis at all ({@code connected} of {@code units}).
 */
public record AxisFigures(long units, long connected, long sent, long sentSigned, BigDecimal signedPercent, long sentInternal,
                          long sentExternal, long received, long receivedInternal, long receivedExternal, long registered) {

    static AxisFigures of(AxisCounts c, long units, long connected) {
        return new AxisFigures(units, connected, c.sent(), c.sentSigned(), ComputedIndicators.percent(c.sentSigned(), c.sent(), BigDecimal.ZERO),
                c.sentInternal(), c.sentExternal(), c.received(), c.receivedInternal(), c.receivedExternal(), c.registered());
    }
}
