package vn.lienthong.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One family of gauges (a queue's items per state, deliveries per state) read by one grouped count:
 * the first gauge read after {@code maxAge} runs the count, the family's other gauges answer from
 * that result. A failing count is not cached: the gauge answers -1 (unknown) and the next read tries
 * again, so /metrics still answers while the database is down (readiness says why).
 */
public final class CachedCounts<K> {

    /** What a gauge shows while its count cannot be made. */
    public static final long UNKNOWN = -1;

    private final Supplier<Map<K, Long>> count;
    private final Duration maxAge;
    private final Clock clock;
    private Map<K, Long> last;
    private Instant countedAt;

    public CachedCounts(Supplier<Map<K, Long>> count, Duration maxAge, Clock clock) {
        this.count = Objects.requireNonNull(count, "count");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
    }

    /** The count of {@code key}: 0 when the grouped count has no row for it, {@link #UNKNOWN} when it failed. */
    public synchronized long get(K key) {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(countedAt.plus(maxAge))) {
            try {
                last = Map.copyOf(count.get());
                countedAt = now;
            } catch (RuntimeException e) {
                last = null;
                return UNKNOWN;
            }
        }
        return last.getOrDefault(key, 0L);
    }
}
