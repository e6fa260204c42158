package vn.lienthong.evidence.chain;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The canonical form of an entry, the exact text its hash covers: one JSON object, keys in this fixed
 * order, no white space, absent values as {@code null}, the time in UTC with exactly three fraction
 * digits, strings escaped only where JSON requires it. Anyone can rebuild it from the entry's columns,
 * so an edited column no longer matches the stored form; version {@code v} lets the form change later
 * without rewriting history. Version 1 entries are linked by their text, version 2 entries (written
 * since evidence bundles, docs/evidence.md) by their text's SHA-256 ({@link ChainHash}); the text is
 * the same apart from the number.
 */
public final class CanonicalEntry {

    /** The version new entries are written in. */
    public static final int VERSION = 2;
    private static final Pattern VERSIONED = Pattern.compile("^\\{\"v\":([0-9]{1,9}),");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalEntry() {
    }

    /** The canonical form of a new entry, in the current {@link #VERSION}. */
    public static String of(long sequence, Instant at, String kind, String document, String agency, String detail) {
        return of(VERSION, sequence, at, kind, document, agency, detail);
    }

    public static String of(int version, long sequence, Instant at, String kind, String document, String agency, String detail) {
        StringBuilder text = new StringBuilder(160).append("{\"v\":").append(version).append(",\"seq\":").append(sequence);
        text.append(",\"at\":");
        string(text, TIME.format(at));
        text.append(",\"kind\":");
        string(text, kind);
        text.append(",\"document\":");
        string(text, document);
        text.append(",\"agency\":");
        string(text, agency);
        text.append(",\"detail\":");
        string(text, detail);
        return text.append('}').toString();
    }

    /** The version a canonical form says it is in; 1 for a text that names none (so it links as version 1 did). */
    public static int version(String canonical) {
        Matcher m = canonical == null ? null : VERSIONED.matcher(canonical);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** The time as the canonical form writes it: what the database keeps is the millisecond. */
    public static String time(Instant at) {
        return TIME.format(at);
    }

    static void string(StringBuilder text, String value) {
        if (value == null) {
            text.append("null");
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
