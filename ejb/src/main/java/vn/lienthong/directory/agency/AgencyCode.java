package vn.lienthong.directory.agency;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agency identifier code (mã định danh) of QCVN 102:2016, e.g. {@code 000.00.00.G22} for the
 * Government Office. Read right to left: the last segment is the top-level unit (a group letter and
 * two digits: G central bodies, H provinces), then level 2, level 3 and level 4 on the left; a zero
 * segment means the level is not used.
 *
 * <p>This record is the one place that decides what a valid code is. The rule, and why:
 * <ul>
 *   <li>Four segments separated by dots. The three numeric segments are canonically 3, 2 and 2
 *       digits, but each may have 2 or 3 digits, because the registry has issued codes that break
 *       the pattern ({@code 999.010.01.H22}). Anything else (letters, 1 or 4 digits, a missing
 *       segment) is a typo and is refused.</li>
 *   <li>The last segment is a letter and two digits. Only G and H are confirmed; other letters are
 *       accepted. A lower-case letter is upper-cased, and surrounding spaces are trimmed.</li>
 *   <li>Levels are filled from the right: a non-zero segment to the left of a zero one
 *       ({@code 001.00.14.H20}) cannot name a unit and is refused.</li>
 * </ul>
 */
public record AgencyCode(String value) implements Comparable<AgencyCode> {

    private static final Pattern SHAPE =
            Pattern.compile("(\\d{2,3})\\.(\\d{2,3})\\.(\\d{2,3})\\.([A-Z]\\d{2})");

    public AgencyCode {
        if (value == null) {
            throw new InvalidAgencyCodeException(null, "an agency code is required");
        }
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(normalised);
        if (!m.matches()) {
            throw new InvalidAgencyCodeException(value,
                    "expected NNN.NN.NN.LNN, e.g. 000.00.00.G22");
        }
        // Left to right: once a level is used, every level to its right (closer to the top) must be too.
        boolean seenUsedLevel = false;
        for (int group = 1; group <= 3; group++) {
            boolean used = !isZero(m.group(group));
            if (seenUsedLevel && !used) {
                throw new InvalidAgencyCodeException(value,
                        "a level is skipped: a non-zero segment stands left of a zero one");
            }
            seenUsedLevel |= used;
        }
        value = normalised;
    }

    public static AgencyCode of(String value) {
        return new AgencyCode(value);
    }

    /** The code if it is valid, empty otherwise: for tolerant readers that report rather than throw. */
    public static Optional<AgencyCode> tryParse(String value) {
        try {
            return Optional.of(new AgencyCode(value));
        } catch (InvalidAgencyCodeException e) {
            return Optional.empty();
        }
    }

    /** 1 for a top-level unit (ministry, province, central body), up to 4. */
    public int level() {
        String[] segments = value.split("\\.");
        int level = 1;
        for (int i = 0; i < 3; i++) {
            if (!isZero(segments[i])) {
                level++;
            }
        }
        return level;
    }

    /** The top-level unit's segment, e.g. {@code H20}; its letter is the group. */
    public String topLevelUnit() {
        return value.substring(value.lastIndexOf('.') + 1);
    }

    /**
     * The parent the code itself implies: its leftmost non-zero segment zeroed. The directory
     * stores the parent explicitly, because a reorganisation can move a unit without recoding it.
     */
    public Optional<AgencyCode> derivedParent() {
        String[] segments = value.split("\\.");
        for (int i = 0; i < 3; i++) {
            if (!isZero(segments[i])) {
                segments[i] = "0".repeat(segments[i].length());
                return Optional.of(new AgencyCode(String.join(".", segments)));
            }
        }
        return Optional.empty();
    }

    /** The member code on the national data-sharing platform (X-Road), e.g. {@code VN:GOV:000.00.00.G22}. */
    public String xroadMemberCode() {
        return "VN:GOV:" + value;
    }

    private static boolean isZero(String segment) {
        return segment.chars().allMatch(c -> c == '0');
    }

    @Override
    public int compareTo(AgencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
