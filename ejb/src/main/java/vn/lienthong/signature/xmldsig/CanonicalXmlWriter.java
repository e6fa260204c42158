package vn.lienthong.signature.xmldsig;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes canonical XML (Canonical XML 1.0 or Exclusive XML Canonicalization 1.0, W3C) from a
 * stream of parse events, as UTF-8 bytes, holding nothing but the namespaces in scope: what it
 * writes goes straight to an {@link OutputStream} (a digest, for a package). The rules are those
 * of the JDK's own canonicaliser (Apache Santuario's {@code Canonicalizer20010315Excl} and
 * {@code Canonicalizer20010315} over a subtree), including its refusal of relative namespace URIs,
 * so that a package digests to the same value as under the JDK's DOM XML-DSig.
 *
 * <p>Namespace rendering follows one table per prefix: the URI in scope, and the URI last written
 * by an output ancestor. Exclusive mode writes a declaration where its prefix is visibly utilised
 * (element or attribute prefix, the default namespace for an unprefixed element, every prefix of
 * the InclusiveNamespaces PrefixList) and not yet written with that URI; inclusive mode writes
 * every declaration that changes what an ancestor wrote.
 */
public final class CanonicalXmlWriter implements XmlEventSink {

    /** The two canonicalisations an edXML signature may use. */
    public enum Mode { EXCLUSIVE, INCLUSIVE }

    /** One attribute of an element, namespace "" when it has none. */
    public record Attribute(String prefix, String localName, String namespace, String value) {
    }

    /** One namespace declaration of an element; prefix "" for the default namespace, URI "" for xmlns="". */
    public record Declaration(String prefix, String uri) {
    }


    private static final Comparator<Attribute> ATTRIBUTE_ORDER = Comparator.comparing(Attribute::namespace)
            .thenComparing(Attribute::localName);

    private static final String XML_PREFIX = "xml";

    private final Mode mode;
    private final Set<String> inclusivePrefixes;
    private final boolean comments;
    private final CanonicalUtf8Output out;

    /** Prefix to binding; changed bindings are undone when their element ends. */
    private final Map<String, Binding> bindings = new HashMap<>();
    private final ArrayDeque<Undo> undo = new ArrayDeque<>();
    private final ArrayDeque<String> openNames = new ArrayDeque<>();
    private int depth;
    private boolean afterRoot;

    private record Binding(String uri, String lastRendered) {
        boolean rendered() {
            return uri.equals(lastRendered);
        }
    }

    /** A binding to restore at the end of the element of {@code depth}; {@code previous} null removes it. */
    private record Undo(int depth, String prefix, Binding previous) {
    }

    /**
     * @param inclusivePrefixes the InclusiveNamespaces PrefixList of exclusive canonicalisation
     *                          ({@code #default} for the default namespace); ignored in inclusive mode
     */
    public CanonicalXmlWriter(OutputStream out, Mode mode, Collection<String> inclusivePrefixes, boolean comments) {
        this.out = new CanonicalUtf8Output(out);
        this.mode = mode;
        TreeSet<String> prefixes = new TreeSet<>();
        if (mode == Mode.EXCLUSIVE) {
            for (String p : inclusivePrefixes) {
                prefixes.add("#default".equals(p) ? "" : p);
            }
        }
        this.inclusivePrefixes = prefixes;
        this.comments = comments;
        bindings.put("", new Binding("", ""));
    }

    /**
     * Declares a namespace of an ancestor that is not output (canonicalising a subtree, such as a
     * SignedInfo): in scope, not yet written. Call in document order, before the first element.
     */
    public void inherit(String prefix, String uri) {
        if (XML_PREFIX.equals(prefix)) {
            return;
        }
        Binding old = bindings.get(prefix);
        if (old != null && old.uri().equals(uri)) {
            return;
        }
        if (prefix.isEmpty() && uri.isEmpty()) {
            bindings.put(prefix, new Binding("", ""));
            return;
        }
        bindings.put(prefix, new Binding(uri, old == null ? null : old.lastRendered()));
    }

    @Override
    public void startElement(String prefix, String localName, String namespace, List<Declaration> declarations,
                             List<Attribute> attributes) {
        depth++;
        List<Declaration> rendered = mode == Mode.EXCLUSIVE
                ? exclusiveDeclarations(prefix, declarations, attributes)
                : inclusiveDeclarations(declarations);
        String qname = prefix.isEmpty() ? localName : prefix + ":" + localName;
        openNames.push(qname);
        out.ascii('<');
        out.text(qname);
        for (Declaration d : rendered) {
            out.ascii(' ');
            out.text(d.prefix().isEmpty() ? "xmlns" : "xmlns:" + d.prefix());
            out.ascii('=');
            out.ascii('"');
            out.attributeValue(d.uri());
            out.ascii('"');
        }
        List<Attribute> sorted = attributes;
        if (attributes.size() > 1) {
            sorted = new ArrayList<>(attributes);
            sorted.sort(ATTRIBUTE_ORDER);
        }
        for (Attribute a : sorted) {
            out.ascii(' ');
            if (!a.prefix().isEmpty()) {
                out.text(a.prefix());
                out.ascii(':');
            }
            out.text(a.localName());
            out.ascii('=');
            out.ascii('"');
            out.attributeValue(a.value());
            out.ascii('"');
        }
        out.ascii('>');
    }

    private List<Declaration> exclusiveDeclarations(String prefix, List<Declaration> declarations, List<Attribute> attributes) {
        for (Declaration d : declarations) {
            if (XML_PREFIX.equals(d.prefix())) {
                continue;
            }
            Binding old = bindings.get(d.prefix());
            if (old != null && old.uri().equals(d.uri())) {
                continue;
            }
            if (!isAbsolute(d.uri())) {
                throw new RelativeNamespaceException(d.prefix(), d.uri());
            }
            String lastRendered = old == null ? null : old.lastRendered();
            rebind(d.prefix(), new Binding(d.uri(), lastRendered));
        }
        TreeSet<String> utilised = new TreeSet<>(inclusivePrefixes);
        utilised.add(prefix);
        for (Attribute a : attributes) {
            if (!a.prefix().isEmpty() && !XML_PREFIX.equals(a.prefix())) {
                utilised.add(a.prefix());
            }
        }
        List<Declaration> rendered = new ArrayList<>(2);
        for (String p : utilised) {
            Binding b = bindings.get(p);
            if (b == null || b.rendered()) {
                continue;
            }
            rebind(p, new Binding(b.uri(), b.uri()));
            rendered.add(new Declaration(p, b.uri()));
        }
        return rendered;
    }

    private List<Declaration> inclusiveDeclarations(List<Declaration> declarations) {
        List<Declaration> rendered = new ArrayList<>(declarations.size());
        for (Declaration d : declarations) {
            if (XML_PREFIX.equals(d.prefix())) {
                continue;
            }
            Binding old = bindings.get(d.prefix());
            if (old != null && old.uri().equals(d.uri())) {
                if (!old.rendered()) {
                    rebind(d.prefix(), new Binding(d.uri(), d.uri()));
                    rendered.add(d);
                    checkAbsolute(d);
                }
                continue;
            }
            rebind(d.prefix(), new Binding(d.uri(), d.uri()));
            if (old != null && d.uri().equals(old.lastRendered())) {
                continue;
            }
            rendered.add(d);
            checkAbsolute(d);
        }
        rendered.sort(Comparator.comparing(Declaration::prefix));
        return rendered;
    }

    private static void checkAbsolute(Declaration d) {
        if (!isAbsolute(d.uri())) {
            throw new RelativeNamespaceException(d.prefix(), d.uri());
        }
    }

    /** Santuario's test: empty, or a colon after the first character. */
    private static boolean isAbsolute(String uri) {
        return uri.isEmpty() || uri.indexOf(':') > 0;
    }

    private void rebind(String prefix, Binding binding) {
        undo.push(new Undo(depth, prefix, bindings.put(prefix, binding)));
    }

    @Override
    public void endElement() {
        out.ascii('<');
        out.ascii('/');
        out.text(openNames.pop());
        out.ascii('>');
        while (!undo.isEmpty() && undo.peek().depth() == depth) {
            Undo u = undo.pop();
            if (u.previous() == null) {
                bindings.remove(u.prefix());
            } else {
                bindings.put(u.prefix(), u.previous());
            }
        }
        depth--;
        if (depth == 0) {
            afterRoot = true;
        }
    }

    /** Character data (text or CDATA); outside the document element it is not part of canonical XML. */
    @Override
    public void text(char[] text, int start, int length, boolean cdata) {
        if (depth > 0) {
            out.escapedText(text, start, length);
        }
    }

    @Override
    public void comment(String text) {
        if (!comments) {
            return;
        }
        beforeTopLevel();
        out.ascii('<');
        out.ascii('!');
        out.ascii('-');
        out.ascii('-');
        out.carriageReturnsEscaped(text);
        out.ascii('-');
        out.ascii('-');
        out.ascii('>');
        afterTopLevel();
    }

    @Override
    public void processingInstruction(String target, String data) {
        beforeTopLevel();
        out.ascii('<');
        out.ascii('?');
        out.carriageReturnsEscaped(target);
        if (data != null && !data.isEmpty()) {
            out.ascii(' ');
            out.carriageReturnsEscaped(data);
        }
        out.ascii('?');
        out.ascii('>');
        afterTopLevel();
    }

    private void beforeTopLevel() {
        if (depth == 0 && afterRoot) {
            out.ascii('\n');
        }
    }

    private void afterTopLevel() {
        if (depth == 0 && !afterRoot) {
            out.ascii('\n');
        }
    }

    /** Writes what is buffered; call at the end. */
    public void flush() {
        out.flush();
    }
}
