package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.crypto.Sha256;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One read of one package by {@link EdxmlReader}; holds the counters the limits apply to. */
final class EdxmlPass {

    private final EdxmlLimits limits;
    private final EdxmlTolerances tolerances;
    private final XMLStreamReader r;
    private final AttachmentSink sink;
    private final EdxmlOccurrences occurrences;
    private int elements;

    EdxmlPass(XMLStreamReader r, AttachmentSink sink, EdxmlLimits limits, EdxmlTolerances tolerances) {
        this.limits = limits;
        this.tolerances = tolerances;
        this.occurrences = new EdxmlOccurrences(tolerances);
        this.r = r;
        this.sink = sink;
    }

    EdxmlPackage readPackage() throws XMLStreamException, IOException {
        toRootElement();
        if (!EdxmlNames.ROOT.equals(r.getLocalName()) || !EdxmlNames.NAMESPACE.equals(r.getNamespaceURI())) {
            String ns = r.getNamespaceURI();
            throw new NotEdxmlException("{" + (ns == null ? "" : ns) + "}" + r.getLocalName());
        }
        elements = 1;
        XmlElement header = null;
        XmlElement body = null;
        XmlElement signature = null;
        boolean envelopeSeen = false;
        boolean attachmentsSeen = false;
        List<AttachmentInfo> attachments = new ArrayList<>();
        while (nextChild()) {
            String name = r.getLocalName();
            boolean ours = tolerances.acceptsNamespace(r.getNamespaceURI());
            if (ours && EdxmlNames.ENVELOPE.equals(name)) {
                if (envelopeSeen) {
                    throw new RepeatedElementException(EdxmlNames.ENVELOPE);
                }
                envelopeSeen = true;
                while (nextChild()) {
                    XmlElement part = readTree(3, false);
                    if (part == null) {
                        continue;
                    }
                    if (EdxmlNames.HEADER.equals(part.localName())) {
                        if (header != null) {
                            throw new RepeatedElementException(EdxmlNames.ENVELOPE + "/" + EdxmlNames.HEADER);
                        }
                        header = part;
                    } else if (EdxmlNames.BODY.equals(part.localName())) {
                        if (body != null) {
                            throw new RepeatedElementException(EdxmlNames.ENVELOPE + "/" + EdxmlNames.BODY);
                        }
                        body = part;
                    } else if (EdxmlNames.isXmlSignature(part.namespace(), part.localName())) {
                        signature = part;
                    }
                }
            } else if (ours && EdxmlNames.ATTACHMENT_ENCODED.equals(name)) {
                if (attachmentsSeen) {
                    throw new RepeatedElementException(EdxmlNames.ATTACHMENT_ENCODED);
                }
                attachmentsSeen = true;
                while (nextChild()) {
                    if (EdxmlNames.ATTACHMENT.equals(r.getLocalName()) && tolerances.acceptsNamespace(r.getNamespaceURI())) {
                        if (attachments.size() >= limits.maxAttachments()) {
                            throw new PackageLimitExceededException("AttachmentEncoded/Attachment",
                                    "edxml.limit.attachments", limits.maxAttachments());
                        }
                        attachments.add(readAttachment(attachments.size()));
                    } else {
                        readTree(3, false);
                    }
                }
            } else {
                XmlElement other = readTree(2, false);
                if (other != null && EdxmlNames.isXmlSignature(other.namespace(), other.localName())) {
                    signature = other;
                }
            }
        }
        while (r.hasNext()) {
            checkForbidden(r.next());
        }
        if (header == null) {
            throw InvalidPackageException.missing("edXMLEnvelope/edXMLHeader");
        }
        occurrences.checkHeader(header);
        if (body != null) {
            occurrences.checkBody(body);
        }
        if (header.child(EdxmlNames.MESSAGE_HEADER).isPresent() && header.child(EdxmlNames.STATUS).isPresent()) {
            throw new InvalidPackageException(EdxmlNames.HEADER + "/" + EdxmlNames.STATUS,
                    "a header holds a MessageHeader (a document) or a Status (a status package), not both",
                    "phần tiêu đề chứa MessageHeader (văn bản) hoặc Status (gói tin trạng thái), không được chứa cả hai");
        }
        for (XmlElement c : header.children()) {
            if (EdxmlNames.isXmlSignature(c.namespace(), c.localName())) {
                signature = c;
            }
        }
        PackageMapper mapper = new PackageMapper(tolerances);
        if (header.child(EdxmlNames.STATUS).isPresent()) {
            return mapper.statusPackage(header.child(EdxmlNames.STATUS).get(), signature);
        }
        return mapper.documentPackage(header, body, attachments, signature);
    }

    private void toRootElement() throws XMLStreamException {
        int event = r.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            checkForbidden(event);
            if (!r.hasNext()) {
                throw new NotEdxmlException("no element at all");
            }
            event = r.next();
        }
    }

    /** Moves to the next child element of the current element; false at its end tag. */
    private boolean nextChild() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            checkForbidden(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                countElement();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    private void countElement() {
        if (++elements > limits.maxElements()) {
            throw new PackageLimitExceededException(r.getLocalName(), "edxml.limit.elements", limits.maxElements());
        }
    }

    private void checkForbidden(int event) {
        if (event == XMLStreamConstants.DTD) {
            throw new ForbiddenXmlException("DOCTYPE");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new ForbiddenXmlException("ENTITY");
        }
    }

    /**
     * Reads the current element and everything in it into a tree. Inside a signature every
     * element is kept as it is; elsewhere an element of a foreign namespace is an extension the
     * hub skips (null), and an unqualified one is kept only under the tolerance for it.
     */
    private XmlElement readTree(int depth, boolean insideSignature) throws XMLStreamException {
        if (depth > limits.maxDepth()) {
            throw new PackageLimitExceededException(r.getLocalName(), "edxml.limit.depth", limits.maxDepth());
        }
        String localName = r.getLocalName();
        String namespace = r.getNamespaceURI();
        boolean signature = insideSignature || EdxmlNames.isXmlSignature(namespace, localName);
        boolean skipped = !signature && !tolerances.acceptsNamespace(namespace);
        if (skipped && (namespace == null || namespace.isEmpty())) {
            throw new InvalidPackageException(localName, "element has no namespace (expected " + EdxmlNames.NAMESPACE + ")",
                    "phần tử không thuộc không gian tên " + EdxmlNames.NAMESPACE);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        List<XmlElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            checkForbidden(event);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    countElement();
                    XmlElement child = readTree(depth + 1, signature);
                    if (child != null) {
                        children.add(child);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + r.getTextLength() > limits.maxTextLength()) {
                        throw new PackageLimitExceededException(localName, "edxml.limit.text", limits.maxTextLength());
                    }
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return skipped ? null : new XmlElement(localName, namespace,
                            children.isEmpty() ? text.toString().strip() : "", attributes, children);
                }
                default -> {
                    // comments and processing instructions carry nothing for the hub
                }
            }
        }
        throw new XMLStreamException("unexpected end of document inside " + localName, r.getLocation());
    }

    private AttachmentInfo readAttachment(int index) throws XMLStreamException, IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        long decodedBytes = -1;
        String sha256 = null;
        while (nextChild()) {
            String name = r.getLocalName();
            if (tolerances.acceptsNamespace(r.getNamespaceURI())
                    && occurrences.allowedOnce(EdxmlNames.ATTACHMENT, name) && fields.containsKey(name)) {
                throw new RepeatedElementException("Attachment[" + (index + 1) + "]/" + name);
            }
            if ("ContentTransferEncoded".equals(name) && tolerances.acceptsNamespace(r.getNamespaceURI())) {
                fields.put(name, null);
                MessageDigest digest = Sha256.newDigest();
                Base64StreamDecoder decoder;
                try (OutputStream out = new DigestOutputStream(sink.open(index), digest)) {
                    decoder = new Base64StreamDecoder(out);
                    decodeText(decoder, index);
                }
                decodedBytes = decoder.decodedBytes();
                sha256 = HexFormat.of().formatHex(digest.digest());
            } else {
                XmlElement field = readTree(4, false);
                if (field != null) {
                    fields.put(name, field.text());
                }
            }
        }
        if (decodedBytes < 0) {
            throw InvalidPackageException.missing("Attachment[" + (index + 1) + "]/ContentTransferEncoded");
        }
        return new AttachmentInfo(fields.get("ContentId"), fields.get("AttachmentName"), fields.get("Description"),
                fields.get("ContentType"), decodedBytes, sha256);
    }

    private void decodeText(Base64StreamDecoder decoder, int index) throws XMLStreamException, IOException {
        String element = "Attachment[" + (index + 1) + "]/ContentTransferEncoded";
        while (r.hasNext()) {
            int event = r.next();
            checkForbidden(event);
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!decoder.feed(r.getTextCharacters(), r.getTextStart(), r.getTextLength())) {
                        throw new InvalidPackageException(element, "is not valid base64", "không phải base64 hợp lệ");
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> throw new InvalidPackageException(element,
                        "must hold base64 text only", "chỉ được chứa văn bản base64");
                case XMLStreamConstants.END_ELEMENT -> {
                    if (!decoder.finish()) {
                        throw new InvalidPackageException(element, "base64 text is truncated", "dữ liệu base64 bị cắt cụt");
                    }
                    return;
                }
                default -> {
                    // comments inside the base64 text are ignored
                }
            }
        }
        throw new XMLStreamException("unexpected end of document inside " + element, r.getLocation());
    }
}
