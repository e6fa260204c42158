package vn.lienthong.exchange.document;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.edxml.EdxmlDates;
import vn.lienthong.exchange.edxml.TraceHeader;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hubs a relayed document passed through before this one, first hop first (docs/federation.md):
 * kept beside the sender's bytes, appended again when the document is served with its trace or
 * relayed further. Each hop is a hub's code and the moment that hub accepted the document; a
 * federation two levels deep has at most three, {@link #MAX} bounds what a peer may claim.
 */
public record Hops(List<TraceHeader> hops) {

    public static final int MAX = 8;
    /** {@code code@yyyy/MM/dd HH:mm:ss}, hops separated by {@code |}: neither occurs in a code or a time. */
    private static final String HOP = "@";
    private static final String SEPARATOR = "|";

    public Hops {
        hops = List.copyOf(hops);
        if (hops.size() > MAX) {
            throw new IllegalArgumentException("A document relayed through more than " + MAX + " hubs: " + hops.size());
        }
        for (TraceHeader hop : hops) {
            AgencyCode.of(hop.organId());
            if (hop.timestamp() == null) {
                throw new IllegalArgumentException("A hop without its time: " + hop.organId());
            }
        }
    }

    public static Hops none() {
        return new Hops(List.of());
    }

    public boolean isEmpty() {
        return hops.isEmpty();
    }

    /** These hops and then {@code next}: what the next hub receives. */
    public Hops then(TraceHeader next) {
        List<TraceHeader> more = new ArrayList<>(hops);
        more.add(next);
        return new Hops(more);
    }

    /** Whether a hub with this code is among the hops: a relay back to it would be a loop. */
    public boolean passedThrough(AgencyCode hub) {
        return hops.stream().anyMatch(h -> hub.value().equals(h.organId()));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (TraceHeader hop : hops) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(hop.organId()).append(HOP).append(EdxmlDates.DATE_TIME.format(hop.timestamp()));
        }
        return text.toString();
    }

    public static Hops parse(String text) {
        if (text == null || text.isEmpty()) {
            return none();
        }
        List<TraceHeader> hops = new ArrayList<>();
        for (String hop : text.split("\\" + SEPARATOR)) {
            int at = hop.indexOf(HOP);
            if (at < 0) {
                throw new IllegalArgumentException("A hop is code@time: " + hop);
            }
            try {
                hops.add(new TraceHeader(hop.substring(0, at), LocalDateTime.parse(hop.substring(at + 1), EdxmlDates.DATE_TIME)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("A hop's time is yyyy/MM/dd HH:mm:ss: " + hop, e);
            }
        }
        return new Hops(hops);
    }
}
