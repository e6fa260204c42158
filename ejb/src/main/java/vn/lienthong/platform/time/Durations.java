package vn.lienthong.platform.time;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as the operator writes them in server variables: {@code 500ms}, {@code 10s}, {@code 2m},
 * {@code 1h}, {@code 62d}. Every variable that holds a duration (intervals, timeouts, grace periods, windows) is
 * read here, so each accepts the same forms and refuses the same mistakes.
 */
public final class Durations {

    private Durations() {
    }

    /** Parses {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 62d}. */
    public static Duration parse(String text) {
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
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 500ms, 10s, 2m, 1h or 7d");
        }
    }
}
