package vn.lienthong.platform.outbox;

import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay sends one queue on each server.
 *
 * @param interval    how often it looks for due items
 * @param backoff     the delays between attempts; when they are used up the item is FAILED
 * @param lease       how long one attempt may take before another server may claim the item again
 * @param batch       how many due items it lists at a time
 * @param concurrency how many attempts it makes side by side (at most {@code batch})
 * @param ordered     whether items of one key go one at a time, in their order ({@link KeyOrder})
 */
public record QueueSettings(Duration interval, Backoff backoff, Duration lease, int batch, int concurrency,
                            boolean ordered) {

    public QueueSettings {
        Objects.requireNonNull(backoff);
        if (interval.isNegative() || interval.isZero() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("A queue's interval and lease must be positive: " + interval + ", " + lease);
        }
        if (concurrency < 1 || batch < concurrency) {
            throw new IllegalArgumentException("A queue needs 1 <= concurrency <= batch: " + concurrency + ", " + batch);
        }
    }

    /** One attempt at a time. */
    public static QueueSettings oneByOne(Duration interval, Backoff backoff, Duration lease, int batch, boolean ordered) {
        return new QueueSettings(interval, backoff, lease, batch, 1, ordered);
    }
}
