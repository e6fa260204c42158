package vn.lienthong.client.http;

import java.time.Duration;

/**
 * How often and how long to retry what is safe to retry: a {@code 503 UNAVAILABLE} (nothing was
 * stored), a connection refused or reset, a timeout. A retry of {@code POST /documents} carries the
 * same {@code Idempotency-Key} and the same bytes, so it never makes a second document. Waits grow
 * by {@code multiplier} up to {@code maxWait}; a {@code Retry-After} from the hub is honoured up to
 * {@code maxWait}.
 */
public record RetryPolicy(int retries, Duration firstWait, double multiplier, Duration maxWait) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60));
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, 1.0, Duration.ZERO);

    public RetryPolicy {
        if (retries < 0 || firstWait.isNegative() || multiplier < 1.0 || maxWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("retries >= 0, firstWait >= 0, multiplier >= 1, maxWait >= firstWait");
        }
    }

    public static RetryPolicy of(int retries, Duration firstWait) {
        return new RetryPolicy(retries, firstWait, 2.0, Duration.ofSeconds(60).compareTo(firstWait) > 0 ? Duration.ofSeconds(60) : firstWait);
    }

    /** The wait before retry number {@code attempt} (1-based), or the hub's {@code Retry-After} when it gave one. */
    Duration wait(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxWait) > 0 ? maxWait : retryAfter;
        }
        double millis = firstWait.toMillis() * Math.pow(multiplier, attempt - 1);
        return Duration.ofMillis((long) Math.min(millis, maxWait.toMillis()));
    }
}
