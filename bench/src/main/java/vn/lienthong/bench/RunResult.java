package vn.lienthong.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** What one open-loop run measured. Times are System.nanoTime() values. */
record RunResult(double offeredRate, int scheduled, long startNanos, long sendEndNanos, long endNanos,
                 long accepted, long notSent, Map<String, Long> errors, RunStages stages, boolean drained,
                 long consumerFailures, long leftovers) {

    double sendSeconds() {
        return (sendEndNanos - startNanos) / 1e9;
    }

    /** Documents accepted per second over the sending window. */
    double acceptedRate() {
        return accepted / Math.max(sendSeconds(), 1e-9);
    }

    /**
     * Documents confirmed by every recipient per second: over the time from the first to the last
     * confirmation, or the sending window if longer (see {@link Stage#ratePerSecond}).
     */
    double endToEndRate() {
        return stages.confirmed.ratePerSecond(sendSeconds());
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The hub kept up with the offered rate: nothing refused or left unsent, at least 95 % of the
     * offered rate accepted, p99 submit within the limit, and every accepted document delivered to
     * and confirmed by every recipient within the grace time after the last send.
     */
    boolean keptUp(long submitSlaMillis) {
        return errorCount() == 0 && notSent == 0 && acceptedRate() >= 0.95 * offeredRate
                && stages.submit.percentileMillis(99) <= submitSlaMillis && drained;
    }

    void print(PrintStream out, String title) {
        out.printf(Locale.ROOT, "%n%s: offered %.1f/s for %.1f s (%d scheduled)%n", title, offeredRate, sendSeconds(), scheduled);
        out.printf(Locale.ROOT, "  accepted %d (%.1f/s), refused or failed %d %s, not sent (over %s in flight) %d%n",
                accepted, acceptedRate(), errorCount(), errors.isEmpty() ? "" : errors, "bench.max.in.flight", notSent);
        out.printf(Locale.ROOT, "  confirmed by every recipient: %d (%.1f documents/s end to end)%s%n",
                stages.confirmed.count(), endToEndRate(), drained ? "" : "  -- NOT DRAINED within the drain time");
        if (consumerFailures > 0 || leftovers > 0) {
            out.printf(Locale.ROOT, "  recipient-side failures %d, documents of earlier runs confirmed unmeasured %d%n",
                    consumerFailures, leftovers);
        }
        out.println(Stage.header());
        for (Stage stage : stages.all()) {
            out.println(stage.line(sendSeconds()));
        }
    }
}
