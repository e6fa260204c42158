package vn.lienthong.exchange.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.federation.HubIdentity;
import vn.lienthong.exchange.edxml.DocumentPackage;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub's own {@code TraceHeader} (dấu vết chuyển tiếp): refused on the way in when a sender
 * forges it, and appended on the way out when a recipient asks for it.
 *
 * <p>Appending never re-serialises the package. The stored bytes are copied unchanged except that
 * one {@code <TraceHeader>} element is inserted just before the end tag of {@code TraceHeaderList}
 * (with the package's own prefix). Every byte the sender signed is still there, in order; a
 * verifier gets the signed bytes back by removing that one element, which it recognises by the
 * hub's code (docs/edxml.md). That is why it is opt-in: the default fetch stays byte for byte.
 */
@ApplicationScoped
public class TraceHeaderAppender {

    /** The end of the trace header list, or failing that of the message header (the list is then created). */
    static final Pattern TRACE_LIST_END = Pattern.compile("</(?:([A-Za-z_][\\w.-]*):)?TraceHeaderList\\s*>");
    static final Pattern MESSAGE_HEADER_END = Pattern.compile("</(?:([A-Za-z_][\\w.-]*):)?MessageHeader\\s*>");
    /** The header of any package fits in this; beyond it the hub serves the package unchanged. */
    static final int HEAD_LIMIT = 32 * 1024 * 1024;

    @Inject
    HubIdentity hub;

    public AgencyCode hubCode() {
        return hub.code();
    }

    /** Refuses a package whose trace already names the hub. */
    public void refuseForged(DocumentPackage pkg) {
        refuseForged(pkg, hubCode());
    }

    public static void refuseForged(DocumentPackage pkg, AgencyCode hub) {
        for (int i = 0; i < pkg.traces().size(); i++) {
            Optional<AgencyCode> claimed = AgencyCode.tryParse(pkg.traces().get(i).organId());
            if (claimed.isPresent() && claimed.get().equals(hub)) {
                throw new ForgedTraceHeaderException(hub.value(), "TraceHeaderList/TraceHeader[" + (i + 1) + "]/OrganId");
            }
        }
    }

    /**
     * The package with the hub's trace header inserted, streamed: only the header part is
     * buffered. Empty when the package is not UTF-8 or no insertion point lies within the first
     * {@link #HEAD_LIMIT} bytes; the caller then serves it unchanged.
     */
    public Optional<InputStream> append(InputStream stored, LocalDateTime now) {
        return append(stored, Hops.none(), now);
    }

    /**
     * The package with the hops a relayed document passed before this hub (docs/federation.md:
     * kept beside the sender's bytes, not in them) and then this hub's own, as the recipient asked
     * with {@code ?trace=hub}: the whole path, first hop first, every byte of the sender's still
     * there. Empty as {@link #append(InputStream, LocalDateTime)} is.
     */
    public Optional<InputStream> append(InputStream stored, Hops earlier, LocalDateTime now) {
        return HopTrail.appended(stored, earlier.then(new TraceHeader(hubCode().value(), now)).hops());
    }

    static Optional<InputStream> append(InputStream stored, TraceHeader trace) {
        try {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (head.size() < HEAD_LIMIT && (n = stored.read(buffer)) > 0) {
                head.write(buffer, 0, n);
                // ISO-8859-1 maps each byte to one char, so match offsets are byte offsets; the tags are ASCII.
                String view = head.toString(StandardCharsets.ISO_8859_1);
                if (!isUtf8(view)) {
                    return Optional.empty();
                }
                Optional<InputStream> spliced = splice(head.toByteArray(), view, trace, stored);
                if (spliced.isPresent()) {
                    return spliced;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<InputStream> splice(byte[] head, String view, TraceHeader trace, InputStream rest) {
        Matcher list = TRACE_LIST_END.matcher(view);
        int at;
        String insert;
        if (list.find()) {
            at = list.start();
            insert = EdxmlWriter.traceHeaderXml(list.group(1), trace);
        } else if (view.contains("AttachmentEncoded") || view.contains("edXMLBody")) {
            Matcher header = MESSAGE_HEADER_END.matcher(view);
            if (!header.find()) {
                return Optional.empty();
            }
            at = header.end();
            String p = header.group(1) == null ? "" : header.group(1) + ":";
            insert = "<" + p + "TraceHeaderList>" + EdxmlWriter.traceHeaderXml(header.group(1), trace)
                    + "</" + p + "TraceHeaderList>";
        } else {
            return Optional.empty();
        }
        InputStream before = new ByteArrayInputStream(head, 0, at);
        InputStream inserted = new ByteArrayInputStream(insert.getBytes(StandardCharsets.UTF_8));
        InputStream after = new ByteArrayInputStream(head, at, head.length - at);
        return Optional.of(new SequenceInputStream(java.util.Collections.enumeration(
                java.util.List.of(before, inserted, after, rest))));
    }

    /** The XML declaration names no encoding other than UTF-8 (the default), and there is no UTF-16 byte order mark. */
    static boolean isUtf8(String view) {
        if (view.startsWith("\u00FE\u00FF") || view.startsWith("\u00FF\u00FE")) {
            return false;
        }
        int declarationEnd = view.startsWith("<?xml") ? view.indexOf("?>") : -1;
        if (declarationEnd < 0) {
            return true;
        }
        Matcher encoding = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']+)[\"']").matcher(view.substring(0, declarationEnd));
        return !encoding.find() || encoding.group(1).equalsIgnoreCase("UTF-8") || encoding.group(1).equalsIgnoreCase("UTF8");
    }
}
