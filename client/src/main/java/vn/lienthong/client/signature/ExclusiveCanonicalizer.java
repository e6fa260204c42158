package vn.lienthong.client.signature;

import vn.lienthong.client.edxml.CanonicalText;

import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exclusive XML Canonicalization 1.0 without comments (and without an InclusiveNamespaces prefix
 * list), fed one StAX event at a time: memory holds the namespaces rendered on the open elements,
 * never the document. A namespace is declared where it is first visibly used on the output path;
 * attributes sorted; text and attribute values escaped as the specification says.
 */
final class ExclusiveCanonicalizer {

    private final OutputStream out;
    /** Per open element: the prefix bindings rendered on it ("" is the default namespace). */
    private final Deque<Map<String, String>> rendered = new ArrayDeque<>();
    private boolean rootClosed;
    private boolean rootSeen;

    ExclusiveCanonicalizer(OutputStream out) {
        this.out = out;
    }

    void startElement(XMLStreamReader r) throws IOException {
        rootSeen = true;
        Map<String, String> used = new TreeMap<>();
        String prefix = r.getPrefix() == null ? "" : r.getPrefix();
        used.put(prefix, r.getNamespaceURI() == null ? "" : r.getNamespaceURI());
        List<String[]> attributes = new ArrayList<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i) == null ? "" : r.getAttributeNamespace(i);
            String p = r.getAttributePrefix(i) == null ? "" : r.getAttributePrefix(i);
            if (!ns.isEmpty()) {
                used.put(p, ns);
            }
            String qname = p.isEmpty() ? r.getAttributeLocalName(i) : p + ":" + r.getAttributeLocalName(i);
            attributes.add(new String[]{ns, r.getAttributeLocalName(i), qname, r.getAttributeValue(i)});
        }
        attributes.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder tag = new StringBuilder("<").append(prefix.isEmpty() ? "" : prefix + ":").append(r.getLocalName());
        Map<String, String> mine = new HashMap<>();
        for (Map.Entry<String, String> u : used.entrySet()) {
            String inScope = inScope(u.getKey());
            boolean needed = u.getKey().isEmpty() ? !u.getValue().equals(inScope == null ? "" : inScope) : !u.getValue().equals(inScope);
            if (needed) {
                tag.append(u.getKey().isEmpty() ? " xmlns=\"" : " xmlns:" + u.getKey() + "=\"").append(CanonicalText.attribute(u.getValue())).append('"');
                mine.put(u.getKey(), u.getValue());
            }
        }
        for (String[] a : attributes) {
            tag.append(' ').append(a[2]).append("=\"").append(CanonicalText.attribute(a[3])).append('"');
        }
        rendered.push(mine);
        write(tag.append('>').toString());
    }

    void endElement(XMLStreamReader r) throws IOException {
        rendered.pop();
        String prefix = r.getPrefix() == null || r.getPrefix().isEmpty() ? "" : r.getPrefix() + ":";
        write("</" + prefix + r.getLocalName() + ">");
        if (rendered.isEmpty()) {
            rootClosed = true;
        }
    }

    void characters(String text) throws IOException {
        if (rendered.isEmpty()) {
            return; // whitespace outside the document element is not part of the canonical form
        }
        write(CanonicalText.text(text, false));
    }

    void processingInstruction(String target, String data) throws IOException {
        String pi = "<?" + target + (data == null || data.isEmpty() ? "" : " " + data) + "?>";
        if (rendered.isEmpty() && !rootSeen) {
            write(pi + "\n");
        } else if (rendered.isEmpty() && rootClosed) {
            write("\n" + pi);
        } else {
            write(pi);
        }
    }

    /** Only for a SignedInfo canonicalised #WithComments; the package's own comments never reach a digest. */
    void comment(String text) throws IOException {
        if (!rendered.isEmpty()) {
            write("<!--" + text + "-->");
        }
    }

    private String inScope(String prefix) {
        for (Map<String, String> level : rendered) {
            String uri = level.get(prefix);
            if (uri != null) {
                return uri;
            }
        }
        return null;
    }

    private void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
