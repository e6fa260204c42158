package vn.lienthong.directory.federation;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The part of the federation's directory this instance holds itself (its tree, cây của mình): the
 * codes whose top-level unit (the last segment of a QCVN 102:2016 code, {@code H41} for Nghệ An) is
 * one of this instance's. Decided by the code alone, because the follower must sort an upstream
 * event before it knows anything else of the agency, and a reorganisation moves units without
 * recoding them. Everything else is the upstream's: followed from its change feed.
 *
 * @param units the top-level units of this instance's tree, e.g. {@code [H41]}
 */
public record DirectoryTree(Set<String> units) {

    private static final Pattern UNIT = Pattern.compile("[A-Z]\\d{2}");

    public DirectoryTree {
        units = Set.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("lienthong.federation.directory.tree names no top-level unit");
        }
        for (String unit : units) {
            if (!UNIT.matcher(unit).matches()) {
                throw new IllegalArgumentException("lienthong.federation.directory.tree: '" + unit
                        + "' is not a top-level unit such as H41 or G09");
            }
        }
    }

    /**
     * The tree the server variable names ({@code H41} or {@code G09,G10}), or, when it is blank, the
     * top-level unit of this instance's own hub code ({@code 000.00.90.H41} → {@code H41}).
     */
    public static DirectoryTree configured(String units, AgencyCode hubCode) {
        Objects.requireNonNull(hubCode);
        if (units == null || units.isBlank()) {
            return new DirectoryTree(Set.of(hubCode.topLevelUnit()));
        }
        return new DirectoryTree(Arrays.stream(units.split(",")).map(u -> u.strip().toUpperCase(Locale.ROOT))
                .filter(u -> !u.isEmpty()).collect(Collectors.toSet()));
    }

    public boolean contains(AgencyCode code) {
        return units.contains(code.topLevelUnit());
    }

    @Override
    public String toString() {
        return String.join(",", new TreeSet<>(units));
    }
}
