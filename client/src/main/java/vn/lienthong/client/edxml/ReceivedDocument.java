package vn.lienthong.client.edxml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a status answering a received package needs from it: the sender, its edXML {@code DocumentId},
 * number/notation and promulgation date, read from the header only (the attachments are never
 * reached). Read leniently, as the hub reads: any prefix, the format's namespace or none.
 */
public record ReceivedDocument(String sender, String documentId, String code, String promulgationDate, String subject) {

    public static ReceivedDocument read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        }
    }

    public static ReceivedDocument read(InputStream in) throws IOException {
        String sender = null;
        String documentId = null;
        String number = null;
        String notation = null;
        String date = null;
        String subject = null;
        Deque<String> path = new ArrayDeque<>();
        try {
            XMLStreamReader r = XmlInput.reader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.push(r.getLocalName());
                    String p = String.join("/", (Iterable<String>) path::descendingIterator);
                    switch (p) {
                        case "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From/OrganId" -> sender = r.getElementText();
                        case "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/DocumentId" -> documentId = r.getElementText();
                        case "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Code/CodeNumber" -> number = r.getElementText();
                        case "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Code/CodeNotation" -> notation = r.getElementText();
                        case "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/PromulgationInfo/PromulgationDate" -> date = r.getElementText();
                        case "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Subject" -> subject = r.getElementText();
                        default -> {
                            continue;
                        }
                    }
                    path.pop();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("edXMLHeader".equals(path.pop())) {
                        break;
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw new IOException("The package carries a DOCTYPE; edXML never does");
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("The received package is not readable XML: " + e.getMessage(), e);
        }
        if (sender == null) {
            throw new IOException("The received package has no MessageHeader/From/OrganId (a status package?)");
        }
        String code = number == null ? null : notation == null ? number : number + "/" + notation;
        return new ReceivedDocument(sender.strip(), documentId == null ? null : documentId.strip(), code,
                date == null ? null : date.strip(), subject);
    }
}
