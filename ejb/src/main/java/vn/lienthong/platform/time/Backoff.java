package vn.lienthong.platform.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The delays between push attempts, as the operator writes them in server variable
 * {@code lienthong.push.backoff}: a comma-separated list such as {@code 10s,30s,2m,1h}. After the
 * first attempt fails the hub waits the first delay, and so on; when the list is used up the
 * delivery is dead-lettered. So a list of n delays means n + 1 attempts.
 */
public record Backoff(List<Duration> delays) {

    public Backoff {
        delays = List.copyOf(delays);
        for (Duration d : delays) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("push backoff delays must be positive: " + d);
            }
        }
    }

    public static Backoff parse(String text) {
        List<Duration> delays = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                delays.add(duration(part.strip()));
            }
        }
        return new Backoff(delays);
    }

    /** Parses {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}. */
    public static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 500ms, 10s, 2m or 1h");
        }
    }

    /** @param failures how many attempts have failed so far (1 after the first failure) */
    public Optional<Duration> delayAfter(int failures) {
        return failures >= 1 && failures <= delays.size() ? Optional.of(delays.get(failures - 1)) : Optional.empty();
    }

    public int attempts() {
        return delays.size() + 1;
    }
}
