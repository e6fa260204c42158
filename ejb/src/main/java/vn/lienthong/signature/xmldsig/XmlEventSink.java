package vn.lienthong.signature.xmldsig;

import java.util.List;

/** Receives the parse events of a document, as a canonicaliser, a recording or a tree builder needs them. */
public interface XmlEventSink {

    void startElement(String prefix, String localName, String namespace, List<CanonicalXmlWriter.Declaration> declarations,
                      List<CanonicalXmlWriter.Attribute> attributes);

    void endElement();

    /** Character data; {@code cdata} when it came from a CDATA section. */
    void text(char[] text, int start, int length, boolean cdata);

    void comment(String text);

    void processingInstruction(String target, String data);
}
