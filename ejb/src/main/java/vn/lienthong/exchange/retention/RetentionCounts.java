package vn.lienthong.exchange.retention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many packages a run archived, purged and left where they were, as text a checkpoint and an exit status hold. */
public record RetentionCounts(long archived, long purged, long kept) {

    public static final RetentionCounts NONE = new RetentionCounts(0, 0, 0);
    private static final Pattern TEXT = Pattern.compile("archived=(\\d+) purged=(\\d+) kept=(\\d+)");

    public RetentionCounts plus(DisposalOutcome outcome) {
        return switch (outcome) {
            case ARCHIVED -> new RetentionCounts(archived + 1, purged, kept);
            case PURGED -> new RetentionCounts(archived, purged + 1, kept);
            case KEPT -> new RetentionCounts(archived, purged, kept + 1);
        };
    }

    public static RetentionCounts parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            return NONE;
        }
        return new RetentionCounts(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }

    @Override
    public String toString() {
        return "archived=" + archived + " purged=" + purged + " kept=" + kept;
    }
}
