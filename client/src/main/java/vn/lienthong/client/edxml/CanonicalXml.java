package vn.lienthong.client.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes edXML elements already in their Exclusive XML Canonicalization 1.0 form: the {@code edXML}
 * prefix declared once on the root, no whitespace between elements, start and end tags for empty
 * elements, text escaped as canonical XML escapes it. Because the bytes written are their own
 * canonical form, the digest of an enveloped signature is the SHA-256 of those bytes (without the
 * XML declaration and the signature) — no re-parsing, so a 100 MB package is signed in constant memory.
 *
 * <p>Strict: a character XML 1.0 cannot carry is refused rather than dropped or escaped.
 */
final class CanonicalXml {

    static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String PREFIX = "edXML:";

    private final OutputStream out;

    CanonicalXml(OutputStream out) {
        this.out = out;
    }

    void openRoot() throws IOException {
        raw("<" + PREFIX + "edXML xmlns:edXML=\"" + NAMESPACE + "\">");
    }

    void open(String name) throws IOException {
        raw("<" + PREFIX + name + ">");
    }

    void openWithVersion(String name, String version) throws IOException {
        raw("<" + PREFIX + name + " version=\"" + version + "\">");
    }

    void close(String name) throws IOException {
        raw("</" + PREFIX + name + ">");
    }

    /** An element with text, or nothing when the value is absent. */
    void leaf(String name, Object value) throws IOException {
        if (value == null) {
            return;
        }
        open(name);
        text(value.toString());
        close(name);
    }

    void text(String text) throws IOException {
        raw(escape(text));
    }

    void raw(String markup) throws IOException {
        out.write(markup.getBytes(StandardCharsets.UTF_8));
    }

    void raw(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
    }

    /** Text as canonical XML writes it: &amp;, &lt;, &gt; and CR as a character reference. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#xD;");
                default -> {
                    checkXmlCharacter(text, i);
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static void checkXmlCharacter(String text, int i) {
        char c = text.charAt(i);
        boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            allowed = true;
        } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            allowed = true;
        }
        if (!allowed) {
            throw new IllegalArgumentException("Character U+%04X at position %d cannot be carried by XML 1.0: %s"
                    .formatted((int) c, i, text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
    }
}
