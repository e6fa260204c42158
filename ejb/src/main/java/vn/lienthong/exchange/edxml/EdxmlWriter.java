package vn.lienthong.exchange.edxml;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Writes packages the way the format defines them and nothing else (strict in what the hub
 * sends): the {@code edXML} prefix on every element, the wire spelling {@code Bussiness}, dates as
 * {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss}, content ids as {@code cid:...}, elements in
 * the order of EDXML.md. Whatever it writes, {@link EdxmlReader} with {@link EdxmlTolerances#STRICT}
 * reads back to the same model, provided the model itself has what strict mode requires.
 *
 * <p>The hub never re-serialises a package it forwards: stored packages go out byte for byte. The
 * writer is for what the hub itself authors, and for proving that the model loses nothing.
 */
public final class EdxmlWriter {

    private static final String P = EdxmlElements.P;
    private static final String NS = EdxmlElements.NS;
    /** Multiple of 3, so each chunk encodes to base64 without padding in the middle of the text. */
    private static final int BASE64_CHUNK = 57 * 1024;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    public void write(DocumentPackage pkg, AttachmentSource attachments, OutputStream out) {
        try {
            XMLStreamWriter w = start(out);
            w.writeStartElement(P, EdxmlNames.ENVELOPE, NS);
            w.writeStartElement(P, EdxmlNames.HEADER, NS);
            EdxmlHeaderWriter.messageHeader(w, pkg.header());
            EdxmlHeaderWriter.traceHeaderList(w, pkg.traces(), pkg.business());
            if (pkg.signature() != null) {
                element(w, pkg.signature(), NS);
            }
            w.writeEndElement();
            w.writeStartElement(P, EdxmlNames.BODY, NS);
            w.writeStartElement(P, EdxmlNames.MANIFEST, NS);
            w.writeAttribute("version", "1.0");
            for (ManifestReference ref : pkg.manifest()) {
                EdxmlElements.open(w, "Reference");
                EdxmlElements.leaf(w, "ContentId", cid(ref.contentId()));
                EdxmlElements.leaf(w, "ContentType", ref.contentType());
                EdxmlElements.leaf(w, "Description", ref.description());
                EdxmlElements.leaf(w, "AttachmentName", ref.attachmentName());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            if (!pkg.attachments().isEmpty()) {
                EdxmlElements.open(w, EdxmlNames.ATTACHMENT_ENCODED);
                for (int i = 0; i < pkg.attachments().size(); i++) {
                    AttachmentInfo a = pkg.attachments().get(i);
                    EdxmlElements.open(w, EdxmlNames.ATTACHMENT);
                    EdxmlElements.leaf(w, "ContentId", cid(a.contentId()));
                    EdxmlElements.leaf(w, "AttachmentName", a.attachmentName());
                    EdxmlElements.leaf(w, "Description", a.description());
                    EdxmlElements.leaf(w, "ContentType", a.contentType());
                    EdxmlElements.open(w, "ContentTransferEncoded");
                    try (InputStream bytes = attachments.open(i)) {
                        base64(w, bytes);
                    }
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The package could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("An attachment could not be read while writing the package", e);
        }
    }

    public void write(StatusPackage pkg, OutputStream out) {
        try {
            XMLStreamWriter w = start(out);
            w.writeStartElement(P, EdxmlNames.ENVELOPE, NS);
            w.writeStartElement(P, EdxmlNames.HEADER, NS);
            EdxmlElements.open(w, EdxmlNames.STATUS);
            EdxmlHeaderWriter.responseFor(w, pkg.responseFor());
            EdxmlHeaderWriter.organization(w, "From", pkg.from());
            EdxmlElements.leaf(w, "StatusCode", pkg.statusCode());
            EdxmlElements.leaf(w, "Description", pkg.description());
            EdxmlElements.leaf(w, "Timestamp", pkg.timestamp());
            EdxmlHeaderWriter.staffInfo(w, pkg.staffInfo());
            w.writeEndElement();
            if (pkg.signature() != null) {
                element(w, pkg.signature(), NS);
            }
            w.writeEndElement();
            w.writeEndElement();
            end(w);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The status package could not be written", e);
        }
    }

    private static XMLStreamWriter start(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        w.writeStartElement(P, EdxmlNames.ROOT, NS);
        w.writeNamespace(P, NS);
        return w;
    }

    private static void end(XMLStreamWriter w) throws XMLStreamException {
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    /** One {@code TraceHeader}, as the hub appends it to a package it forwards (see {@code TraceHeaderAppender}). */
    public static String traceHeaderXml(String prefix, TraceHeader trace) {
        String p = prefix == null || prefix.isEmpty() ? "" : prefix + ":";
        return "<" + p + "TraceHeader><" + p + "OrganId>" + escape(trace.organId()) + "</" + p + "OrganId><" + p
                + "Timestamp>" + EdxmlDates.DATE_TIME.format(trace.timestamp()) + "</" + p + "Timestamp></" + p
                + "TraceHeader>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An element kept whole (the signature): every namespace as received, as a default namespace declaration. */
    private static void element(XMLStreamWriter w, XmlElement e, String defaultNamespace) throws XMLStreamException {
        String ns = e.namespace() == null ? "" : e.namespace();
        if (NS.equals(ns)) {
            w.writeStartElement(P, e.localName(), NS);
        } else {
            w.writeStartElement("", e.localName(), ns);
            if (!ns.equals(defaultNamespace)) {
                w.writeDefaultNamespace(ns);
                defaultNamespace = ns;
            }
        }
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(e.attributes()).entrySet()) {
            w.writeAttribute(a.getKey(), a.getValue());
        }
        if (e.children().isEmpty()) {
            w.writeCharacters(e.text());
        }
        for (XmlElement c : e.children()) {
            element(w, c, defaultNamespace);
        }
        w.writeEndElement();
    }

    private static void base64(XMLStreamWriter w, InputStream bytes) throws IOException, XMLStreamException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] chunk = new byte[BASE64_CHUNK];
        int filled;
        while ((filled = bytes.readNBytes(chunk, 0, chunk.length)) > 0) {
            byte[] part = filled == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, filled);
            w.writeCharacters(encoder.encodeToString(part));
            w.writeCharacters("\n");
        }
    }

    private static String cid(String contentId) {
        if (contentId == null) {
            return null;
        }
        String id = EdxmlTolerances.LENIENT.contentId(contentId);
        return id == null ? null : "cid:" + id;
    }
}
