package vn.lienthong.exchange.edxml;

import javax.xml.stream.XMLStreamReader;

/**
 * Sees every parse event of the edXML reader's pass, in order, the reader positioned on it: lets
 * another reading of the same bytes (the signature's digest) ride on the one pass the reader makes.
 * It must not move the reader, and must not throw: whatever it cannot take it notes for itself.
 */
@FunctionalInterface
public interface XmlEventListener {

    XmlEventListener NONE = r -> { };

    void event(XMLStreamReader reader);
}
