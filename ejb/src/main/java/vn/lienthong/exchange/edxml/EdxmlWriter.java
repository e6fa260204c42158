package vn.lienthong.exchange.edxml;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
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

    private static final String P = "edXML";
    private static final String NS = EdxmlNames.NAMESPACE;
    /** Multiple of 3, so each chunk encodes to base64 without padding in the middle of the text. */
    private static final int BASE64_CHUNK = 57 * 1024;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    public void write(DocumentPackage pkg, AttachmentSource attachments, OutputStream out) {
        try {
            XMLStreamWriter w = start(out);
            w.writeStartElement(P, EdxmlNames.ENVELOPE, NS);
            w.writeStartElement(P, EdxmlNames.HEADER, NS);
            messageHeader(w, pkg.header());
            traceHeaderList(w, pkg.traces(), pkg.business());
            if (pkg.signature() != null) {
                element(w, pkg.signature(), NS);
            }
            w.writeEndElement();
            w.writeStartElement(P, EdxmlNames.BODY, NS);
            w.writeStartElement(P, EdxmlNames.MANIFEST, NS);
            w.writeAttribute("version", "1.0");
            for (ManifestReference ref : pkg.manifest()) {
                open(w, "Reference");
                leaf(w, "ContentId", cid(ref.contentId()));
                leaf(w, "ContentType", ref.contentType());
                leaf(w, "Description", ref.description());
                leaf(w, "AttachmentName", ref.attachmentName());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            if (!pkg.attachments().isEmpty()) {
                open(w, EdxmlNames.ATTACHMENT_ENCODED);
                for (int i = 0; i < pkg.attachments().size(); i++) {
                    AttachmentInfo a = pkg.attachments().get(i);
                    open(w, EdxmlNames.ATTACHMENT);
                    leaf(w, "ContentId", cid(a.contentId()));
                    leaf(w, "AttachmentName", a.attachmentName());
                    leaf(w, "Description", a.description());
                    leaf(w, "ContentType", a.contentType());
                    open(w, "ContentTransferEncoded");
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
            open(w, EdxmlNames.STATUS);
            responseFor(w, pkg.responseFor());
            organization(w, "From", pkg.from());
            leaf(w, "StatusCode", pkg.statusCode());
            leaf(w, "Description", pkg.description());
            leaf(w, "Timestamp", pkg.timestamp());
            staffInfo(w, pkg.staffInfo());
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

    private static void messageHeader(XMLStreamWriter w, MessageHeader h) throws XMLStreamException {
        open(w, EdxmlNames.MESSAGE_HEADER);
        organization(w, "From", h.from());
        for (Organization to : h.to()) {
            organization(w, "To", to);
        }
        leaf(w, "DocumentId", h.documentId());
        if (h.code() != null) {
            open(w, "Code");
            leaf(w, "CodeNumber", h.code().number());
            leaf(w, "CodeNotation", h.code().notation());
            w.writeEndElement();
        }
        if (h.promulgation() != null) {
            open(w, "PromulgationInfo");
            leaf(w, "Place", h.promulgation().place());
            leaf(w, "PromulgationDate", h.promulgation().date());
            w.writeEndElement();
        }
        if (h.documentType() != null) {
            open(w, "DocumentType");
            leaf(w, "Type", h.documentType().type());
            leaf(w, "TypeDetail", h.documentType().typeDetail());
            leaf(w, "TypeName", h.documentType().typeName());
            w.writeEndElement();
        }
        leaf(w, "Subject", h.subject());
        leaf(w, "Content", h.content());
        if (h.signer() != null) {
            open(w, "SignerInfo");
            leaf(w, "Competence", h.signer().competence());
            leaf(w, "Position", h.signer().position());
            leaf(w, "FullName", h.signer().fullName());
            w.writeEndElement();
        }
        leaf(w, "DueDate", h.dueDate());
        if (!h.toPlaces().isEmpty()) {
            open(w, "ToPlaces");
            for (String place : h.toPlaces()) {
                leaf(w, "Place", place);
            }
            w.writeEndElement();
        }
        if (h.otherInfo() != null) {
            OtherInfo o = h.otherInfo();
            open(w, "OtherInfo");
            leaf(w, "Priority", o.priority());
            leaf(w, "SphereOfPromulgation", o.sphereOfPromulgation());
            leaf(w, "TyperNotation", o.typerNotation());
            leaf(w, "PromulgationAmount", o.promulgationAmount());
            leaf(w, "PageAmount", o.pageAmount());
            if (!o.appendixes().isEmpty()) {
                open(w, "Appendixes");
                for (String appendix : o.appendixes()) {
                    leaf(w, "Appendix", appendix);
                }
                w.writeEndElement();
            }
            leaf(w, "Direction", o.direction());
            w.writeEndElement();
        }
        for (ResponseFor rf : h.responseFor()) {
            responseFor(w, rf);
        }
        leaf(w, "SteeringType", h.steeringType());
        w.writeEndElement();
    }

    private static void traceHeaderList(XMLStreamWriter w, List<TraceHeader> traces, Business b) throws XMLStreamException {
        if (traces.isEmpty() && b == null) {
            return;
        }
        open(w, EdxmlNames.TRACE_HEADER_LIST);
        for (TraceHeader t : traces) {
            traceHeader(w, t);
        }
        if (b != null) {
            open(w, EdxmlNames.BUSINESS);
            leaf(w, "DocumentId", b.documentId());
            leaf(w, EdxmlNames.BUSINESS_DOC_TYPE, b.type() == null ? null : b.type().code());
            leaf(w, EdxmlNames.BUSINESS_DOC_REASON, b.reason());
            leaf(w, "Paper", b.paper());
            staffInfo(w, b.staffInfo());
            if (b.documentInfo() != null) {
                open(w, EdxmlNames.BUSINESS_DOCUMENT_INFO);
                for (Map.Entry<String, String> flag : b.documentInfo().changedFlags().entrySet()) {
                    open(w, flag.getKey());
                    w.writeCharacters(flag.getValue());
                    w.writeEndElement();
                }
                if (!b.documentInfo().receivers().isEmpty()) {
                    open(w, "ReceiverList");
                    for (Receiver r : b.documentInfo().receivers()) {
                        open(w, "Receiver");
                        leaf(w, "ReceiverType", r.receiverType());
                        leaf(w, "OrganId", r.organId());
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            if (!b.replacements().isEmpty()) {
                open(w, "ReplacementInfoList");
                for (Replacement r : b.replacements()) {
                    open(w, "ReplacementInfo");
                    leaf(w, "DocumentId", r.documentId());
                    if (!r.organIds().isEmpty()) {
                        open(w, "OrganIdList");
                        for (String organId : r.organIds()) {
                            leaf(w, "OrganId", organId);
                        }
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
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

    private static void traceHeader(XMLStreamWriter w, TraceHeader t) throws XMLStreamException {
        open(w, EdxmlNames.TRACE_HEADER);
        leaf(w, "OrganId", t.organId());
        leaf(w, "Timestamp", t.timestamp());
        w.writeEndElement();
    }

    private static void organization(XMLStreamWriter w, String name, Organization o) throws XMLStreamException {
        open(w, name);
        leaf(w, "OrganId", o.organId());
        leaf(w, "OrganizationInCharge", o.organizationInCharge());
        leaf(w, "OrganName", o.organName());
        leaf(w, "OrganAdd", o.organAdd());
        leaf(w, "Email", o.email());
        leaf(w, "Telephone", o.telephone());
        leaf(w, "Fax", o.fax());
        leaf(w, "Website", o.website());
        w.writeEndElement();
    }

    private static void responseFor(XMLStreamWriter w, ResponseFor rf) throws XMLStreamException {
        open(w, "ResponseFor");
        leaf(w, "OrganId", rf.organId());
        leaf(w, "Code", rf.code());
        leaf(w, "PromulgationDate", rf.promulgationDate());
        leaf(w, "DocumentId", rf.documentId());
        w.writeEndElement();
    }

    private static void staffInfo(XMLStreamWriter w, StaffInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        open(w, "StaffInfo");
        leaf(w, "Department", s.department());
        leaf(w, "Staff", s.staff());
        leaf(w, "Mobile", s.mobile());
        leaf(w, "Email", s.email());
        w.writeEndElement();
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

    private static void open(XMLStreamWriter w, String name) throws XMLStreamException {
        w.writeStartElement(P, name, NS);
    }

    private static void leaf(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
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
