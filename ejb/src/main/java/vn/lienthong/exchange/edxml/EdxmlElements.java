package vn.lienthong.exchange.edxml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Elements as the hub writes them: the {@code edXML} prefix always, dates in the format's spelling, absent values left out. */
final class EdxmlElements {

    static final String P = "edXML";
    static final String NS = EdxmlNames.NAMESPACE;

    private EdxmlElements() {
    }

    static void open(XMLStreamWriter w, String name) throws XMLStreamException {
        w.writeStartElement(P, name, NS);
    }

    static void leaf(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        String text;
        if (value instanceof LocalDateTime t) {
            text = EdxmlDates.DATE_TIME.format(t);
        } else if (value instanceof LocalDate d) {
            text = EdxmlDates.DATE.format(d);
        } else {
            text = value.toString();
        }
        open(w, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
