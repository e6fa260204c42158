package vn.lienthong.evidence.chain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The canonical form of an entry, the exact text its hash covers: one JSON object, keys in this fixed
 * order, no white space, absent values as {@code null}, the time in UTC with exactly three fraction
 * digits, strings escaped only where JSON requires it. Anyone can rebuild it from the entry's columns,
 * so an edited column no longer matches the stored form; version {@code v} lets the form change later
 * without rewriting history.
 */
public final class CanonicalEntry {

    public static final int VERSION = 1;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalEntry() {
    }

    public static String of(long sequence, Instant at, String kind, String document, String agency, String detail) {
        StringBuilder text = new StringBuilder(160).append("{\"v\":").append(VERSION).append(",\"seq\":").append(sequence);
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
