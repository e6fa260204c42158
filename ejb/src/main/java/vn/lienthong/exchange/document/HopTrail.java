package vn.lienthong.exchange.document;

import vn.lienthong.exchange.edxml.EdxmlDates;
import vn.lienthong.exchange.edxml.EdxmlWriter;
import vn.lienthong.exchange.edxml.TraceHeader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hubs a relayed package passed through (docs/federation.md): each hop appends one
 * {@code TraceHeader} with {@link TraceHeaderAppender}'s splice, and the next hop takes them back
 * out to get the sender's signed bytes, which it verifies, stores and serves.
 *
 * <p>Taking hops out is exact, not a guess: the relaying hop says how many it appended in all, and
 * each must be, byte for byte, an element as {@link EdxmlWriter#traceHeaderXml} writes it, at the
 * end of the trace list; a list that held nothing but them is the list the first hop created, and
 * goes too. Whatever else a sender wrote stays, and a relaying hop that lied about the hops would
 * only make the sender's signature fail.
 */
public final class HopTrail {

    /** What {@link #strip} gives: the sender's bytes (streamed) and the hops, first hop first. */
    public record Stripped(InputStream senderBytes, List<TraceHeader> hops) {
        public Stripped {
            hops = List.copyOf(hops);
        }
    }

    /** Reopens a package from its first byte (the package store, a spooled body). */
    @FunctionalInterface
    public interface Reopen {
        InputStream open() throws IOException;
    }

    private HopTrail() {
    }

    /**
     * The sender's bytes with {@code hops} appended in order, as the next hop is to receive them.
     * The same bytes and hops give the same output, so a retried relay sends exactly what the first
     * attempt sent. A package without a place for a trace (a status, or not UTF-8) is sent unchanged.
     */
    public static InputStream append(Reopen senderBytes, List<TraceHeader> hops) throws IOException {
        Optional<InputStream> traced = appended(senderBytes.open(), hops);
        return traced.isPresent() ? traced.get() : senderBytes.open();
    }

    /**
     * {@code stored} with {@code hops} appended in order, streamed; empty when the package has no
     * place for a trace (a status, or not UTF-8), and the caller then serves or sends it unchanged.
     * Only the first splice can fail: after it the package has a trace list.
     */
    public static Optional<InputStream> appended(InputStream stored, List<TraceHeader> hops) {
        Optional<InputStream> traced = Optional.of(stored);
        for (TraceHeader hop : hops) {
            traced = traced.flatMap(in -> TraceHeaderAppender.append(in, hop));
        }
        return traced;
    }

    /**
     * Takes the last {@code count} hops out of a received package.
     *
     * @throws IllegalArgumentException when the package does not end its trace list with that many
     *                                  hub-written hops: the relaying hop's word and the bytes disagree
     */
    public static Stripped strip(InputStream received, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A negative number of hops: " + count);
        }
        if (count == 0) {
            return new Stripped(received, List.of());
        }
        try {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (head.size() < TraceHeaderAppender.HEAD_LIMIT && (n = received.read(buffer)) > 0) {
                head.write(buffer, 0, n);
                // ISO-8859-1 maps each byte to one char, so match offsets are byte offsets; the tags are ASCII.
                String view = head.toString(StandardCharsets.ISO_8859_1);
                Matcher list = TraceHeaderAppender.TRACE_LIST_END.matcher(view);
                if (list.find() && TraceHeaderAppender.isUtf8(view)) {
                    return cut(head.toByteArray(), view, list, count, received);
                }
            }
            throw new IllegalArgumentException("The package has no trace list within its first "
                    + TraceHeaderAppender.HEAD_LIMIT + " bytes, but " + count + " hops were announced");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stripped cut(byte[] head, String view, Matcher listEnd, int count, InputStream rest) {
        String prefix = listEnd.group(1) == null ? "" : listEnd.group(1) + ":";
        String p = Pattern.quote(prefix);
        Pattern hop = Pattern.compile("<" + p + "TraceHeader><" + p + "OrganId>([^<]*)</" + p + "OrganId><" + p
                + "Timestamp>([^<]*)</" + p + "Timestamp></" + p + "TraceHeader>\\z");
        int to = listEnd.start();
        int from = to;
        List<TraceHeader> hops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Matcher m = hop.matcher(view).region(Math.max(0, from - 1024), from);
            if (!m.find()) {
                throw new IllegalArgumentException("Hop " + (count - i) + " of " + count
                        + " is not a hub's TraceHeader at the end of the trace list");
            }
            hops.add(new TraceHeader(unescape(m.group(1)), timestamp(m.group(2))));
            from = m.start();
        }
        Collections.reverse(hops);
        String listStart = "<" + prefix + "TraceHeaderList>";
        if (view.startsWith(listStart, from - listStart.length())) {
            int listAt = from - listStart.length();
            Matcher header = TraceHeaderAppender.MESSAGE_HEADER_END.matcher(view).region(0, listAt);
            boolean createdByFirstHop = false;
            while (header.find()) {
                createdByFirstHop = header.end() == listAt;
            }
            if (createdByFirstHop) {
                from = listAt;
                to = listEnd.end();
            }
        }
        InputStream before = new ByteArrayInputStream(head, 0, from);
        InputStream after = new ByteArrayInputStream(head, to, head.length - to);
        return new Stripped(new SequenceInputStream(Collections.enumeration(List.of(before, after, rest))), hops);
    }

    private static LocalDateTime timestamp(String text) {
        try {
            return LocalDateTime.parse(text, EdxmlDates.DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A hop's Timestamp is not yyyy/MM/dd HH:mm:ss: " + text, e);
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
