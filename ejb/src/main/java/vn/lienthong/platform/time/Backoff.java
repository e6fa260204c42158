package vn.lienthong.platform.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The delays between attempts, as the operator writes them in a server variable such as
 * {@code lienthong.push.backoff}: a comma-separated list of {@link Durations} such as
 * {@code 10s,30s,2m,1h}. After the first attempt fails the caller waits the first delay, and so on;
 * when the list is used up the attempt is final (a push is dead-lettered, a queued row FAILED).
 * So a list of n delays means n + 1 attempts.
 */
public record Backoff(List<Duration> delays) {

    public Backoff {
        delays = List.copyOf(delays);
        for (Duration d : delays) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("backoff delays must be positive: " + d);
            }
        }
    }

    public static Backoff parse(String text) {
        List<Duration> delays = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                delays.add(Durations.parse(part));
            }
        }
        return new Backoff(delays);
    }

    /** @param failures how many attempts have failed so far (1 after the first failure) */
    public Optional<Duration> delayAfter(int failures) {
        return failures >= 1 && failures <= delays.size() ? Optional.of(delays.get(failures - 1)) : Optional.empty();
    }

    public int attempts() {
        return delays.size() + 1;
    }
}
