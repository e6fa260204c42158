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
 * <p>Strict: a character XML 1.0 cannot carry is refused rather than dropped or escaped ({@link CanonicalText}).
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

    /** The root, the envelope and the header opened: where every package starts. */
    void openHeader() throws IOException {
        openRoot();
        open("edXMLEnvelope");
        open("edXMLHeader");
    }

    /** The signature (a whole {@code Signature} element, or null) as the header's last child, and the header closed. */
    void closeHeader(String signature) throws IOException {
        if (signature != null) {
            raw(signature);
        }
        close("edXMLHeader");
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
        raw(CanonicalText.text(text, true));
    }

    void raw(String markup) throws IOException {
        out.write(markup.getBytes(StandardCharsets.UTF_8));
    }

    void raw(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
    }
}
