package vn.lienthong.signature.xmldsig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one Signature element of a package, kept as a small tree while the package streams past:
 * what the verifier reads (SignedInfo, SignatureValue, KeyInfo) and nothing else — the content of a
 * {@code ds:Object} is not kept. Bounded: a signature whose kept parts exceed {@link #MAX_CHARACTERS}
 * is marked oversized and refused.
 */
public final class SignatureTree {

    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final int MAX_CHARACTERS = 1 << 20;

    /** A node of the tree: an element, character data, a comment or a processing instruction. */
    public sealed interface Node permits Element, Text, Other {
    }

    public record Text(String text, boolean cdata) implements Node {
    }

    /** A comment ({@code target} null) or a processing instruction. */
    public record Other(String target, String data) implements Node {
    }

    public static final class Element implements Node {
        final String prefix;
        final String localName;
        final String namespace;
        final List<CanonicalXmlWriter.Declaration> declarations;
        final List<CanonicalXmlWriter.Attribute> attributes;
        final List<Node> children = new ArrayList<>();

        Element(String prefix, String localName, String namespace, List<CanonicalXmlWriter.Declaration> declarations,
                List<CanonicalXmlWriter.Attribute> attributes) {
            this.prefix = prefix;
            this.localName = localName;
            this.namespace = namespace;
            this.declarations = declarations;
            this.attributes = attributes;
        }

        public boolean is(String local) {
            return DSIG.equals(namespace) && local.equals(localName);
        }

        public String localName() {
            return localName;
        }

        public List<CanonicalXmlWriter.Declaration> declarations() {
            return declarations;
        }

        public String namespace() {
            return namespace;
        }

        /** The unqualified attribute's value, or null: DOMUtils.getAttributeValue. */
        public String attribute(String name) {
            for (CanonicalXmlWriter.Attribute a : attributes) {
                if (a.namespace().isEmpty() && a.localName().equals(name)) {
                    return a.value();
                }
            }
            return null;
        }

        public List<Element> childElements() {
            List<Element> elements = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Element e) {
                    elements.add(e);
                }
            }
            return elements;
        }

        public boolean hasChildNodes() {
            return !children.isEmpty();
        }

        /** The first child XML-DSig element of that name, in any position. */
        public Optional<Element> child(String local) {
            return childElements().stream().filter(e -> e.is(local)).findFirst();
        }

        /** The text of the direct text children, CDATA sections excluded (the JDK's textOfNode). */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Node n : children) {
                if (n instanceof Text t && !t.cdata()) {
                    sb.append(t.text());
                }
            }
            return sb.toString();
        }

        /** Replays this element and its content into a sink (a canonicaliser). */
        public void writeTo(XmlEventSink sink) {
            sink.startElement(prefix, localName, namespace, declarations, attributes);
            for (Node n : children) {
                if (n instanceof Element e) {
                    e.writeTo(sink);
                } else if (n instanceof Text t) {
                    char[] chars = t.text().toCharArray();
                    sink.text(chars, 0, chars.length, t.cdata());
                } else if (n instanceof Other o) {
                    if (o.target() == null) {
                        sink.comment(o.data());
                    } else {
                        sink.processingInstruction(o.target(), o.data());
                    }
                }
            }
            sink.endElement();
        }
    }

    private final Element root;
    private final List<CanonicalXmlWriter.Declaration> inherited;
    private final boolean oversized;

    private SignatureTree(Element root, List<CanonicalXmlWriter.Declaration> inherited, boolean oversized) {
        this.root = root;
        this.inherited = inherited;
        this.oversized = oversized;
    }

    public Element root() {
        return root;
    }

    /** The namespace declarations in scope outside the Signature element, outermost first. */
    public List<CanonicalXmlWriter.Declaration> inherited() {
        return inherited;
    }

    public boolean oversized() {
        return oversized;
    }

    /** Builds the tree from the events of the Signature element, its start first and its end last. */
    static final class Builder implements XmlEventSink {
        private final List<CanonicalXmlWriter.Declaration> inherited;
        private final ArrayDeque<Element> open = new ArrayDeque<>();
        private Element root;
        private int skippedDepth;
        /** Elements not kept because the tree is already oversized. */
        private int ignoredDepth;
        private long characters;
        private boolean oversized;

        Builder(List<CanonicalXmlWriter.Declaration> inherited) {
            this.inherited = List.copyOf(inherited);
        }

        @Override
        public void startElement(String prefix, String localName, String namespace, List<CanonicalXmlWriter.Declaration> declarations,
                                 List<CanonicalXmlWriter.Attribute> attributes) {
            if (skippedDepth > 0 || ignoredDepth > 0 || oversized) {
                if (skippedDepth > 0) {
                    skippedDepth++;
                } else {
                    ignoredDepth++;
                }
                return;
            }
            Element e = new Element(prefix, localName, namespace, declarations, attributes);
            count(localName.length() + 16L * (declarations.size() + attributes.size()));
            for (CanonicalXmlWriter.Attribute a : attributes) {
                count(a.value().length());
            }
            if (root == null) {
                root = e;
            } else {
                open.peek().children.add(e);
            }
            open.push(e);
            // ds:Object content is the signer's business: never read, never kept.
            if (open.size() == 2 && e.is("Object")) {
                skippedDepth = 1;
            }
        }

        @Override
        public void endElement() {
            if (ignoredDepth > 0) {
                ignoredDepth--;
                return;
            }
            if (skippedDepth > 1) {
                skippedDepth--;
                return;
            }
            skippedDepth = 0;
            open.pop();
        }

        @Override
        public void text(char[] text, int start, int length, boolean cdata) {
            if (skippedDepth > 0 || ignoredDepth > 0 || open.isEmpty()) {
                return;
            }
            count(length);
            if (!oversized) {
                open.peek().children.add(new Text(new String(text, start, length), cdata));
            }
        }

        @Override
        public void comment(String text) {
            if (skippedDepth == 0 && ignoredDepth == 0 && !oversized && !open.isEmpty()) {
                count(text.length());
                open.peek().children.add(new Other(null, text));
            }
        }

        @Override
        public void processingInstruction(String target, String data) {
            if (skippedDepth == 0 && ignoredDepth == 0 && !oversized && !open.isEmpty()) {
                count(target.length() + (data == null ? 0 : data.length()));
                open.peek().children.add(new Other(target, data == null ? "" : data));
            }
        }

        private void count(long n) {
            characters += n;
            if (characters > MAX_CHARACTERS) {
                oversized = true;
            }
        }

        SignatureTree build() {
            return new SignatureTree(root, inherited, oversized);
        }
    }
}
