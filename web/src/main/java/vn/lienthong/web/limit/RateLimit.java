package vn.lienthong.web.limit;

import vn.lienthong.platform.time.Durations;

import java.time.Duration;

/**
 * So many requests per period, as the operator writes it in a server variable: {@code 120/1m}
 * (the period in the hub's duration form: 500ms, 10s, 2m, 1h). A client may use the whole
 * allowance at once, then gets it back evenly over the period (a token bucket).
 */
public record RateLimit(int requests, Duration per) {

    public RateLimit {
        if (requests < 1 || per == null || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request per positive period");
        }
    }

    public static RateLimit parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("'" + text + "' is not a rate such as 120/1m");
        }
        try {
            return new RateLimit(Integer.parseInt(text.substring(0, slash).strip()), Durations.parse(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a rate such as 120/1m");
        }
    }

    /** Requests regained per nanosecond. */
    double perNano() {
        return requests / (double) per.toNanos();
    }

    @Override
    public String toString() {
        return requests + "/" + per;
    }
}
