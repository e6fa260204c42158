package vn.lienthong.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one stage (microseconds, 3 significant digits) and when its events happened. */
final class Stage {

    private final String name;
    private final String measuredFrom;
    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(30), 3);
    private final AtomicLong firstNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastNanos = new AtomicLong(Long.MIN_VALUE);

    Stage(String name, String measuredFrom) {
        this.name = name;
        this.measuredFrom = measuredFrom;
    }

    void record(long startNanos, long endNanos) {
        histogram.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(endNanos - startNanos)));
        firstNanos.accumulateAndGet(endNanos, Math::min);
        lastNanos.accumulateAndGet(endNanos, Math::max);
    }

    long count() {
        return histogram.getTotalCount();
    }

    String name() {
        return name;
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }

    /**
     * Events per second: the count over the time from this stage's first to its last event, but
     * never over less than the sending window, so a constant latency (a pipeline's depth) does not
     * count against the rate and a burst at the end does not inflate it.
     */
    double ratePerSecond(double sendWindowSeconds) {
        if (count() == 0) {
            return 0;
        }
        double span = (lastNanos.get() - firstNanos.get()) / 1e9;
        return count() / Math.max(Math.max(span, sendWindowSeconds), 1e-3);
    }

    static String header() {
        return String.format(Locale.ROOT, "  %-12s %8s %9s %9s %9s %9s %9s  %s", "stage", "count", "rate/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "latency measured from");
    }

    String line(double sendWindowSeconds) {
        return String.format(Locale.ROOT, "  %-12s %8d %9.1f %9.1f %9.1f %9.1f %9.1f  %s", name, count(),
                ratePerSecond(sendWindowSeconds), percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis(),
                measuredFrom);
    }
}
