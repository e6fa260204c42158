package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.crypto.Sha256;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an edXML package from a stream in one pass. The header and manifest are small and are read
 * into element trees; attachments can be hundreds of megabytes and are decoded piece by piece into
 * an {@link AttachmentSink}, so memory use does not grow with the package.
 *
 * <p>Hardened against hostile input: a document type declaration or an entity reference is refused
 * outright (no DTD is ever processed, so no external entity and no entity expansion), and depth,
 * element count, text length and attachment count are bounded by {@link EdxmlLimits}.
 * Tolerances for real senders' variants are listed in one place, {@link EdxmlTolerances}; a
 * reader built with {@link EdxmlTolerances#STRICT} accepts only the format as the hub writes it.
 *
 * <p>Documented exceptions: every refusal is a {@link vn.lienthong.platform.BusinessException}
 * ({@link MalformedPackageException}, {@link NotEdxmlException}, {@link ForbiddenXmlException},
 * {@link InvalidPackageException}, {@link PackageLimitExceededException}); an
 * {@link UncheckedIOException} only when the attachment sink or the input stream fails.
 */
public final class EdxmlReader {

    private static final int CDATA_CHUNK_CHARACTERS = 8192;
    private static final XMLInputFactory FACTORY = secureFactory();

    private final EdxmlLimits limits;
    private final EdxmlTolerances tolerances;

    public EdxmlReader(EdxmlLimits limits) {
        this(limits, EdxmlTolerances.LENIENT);
    }

    public EdxmlReader(EdxmlLimits limits, EdxmlTolerances tolerances) {
        this.limits = limits;
        this.tolerances = tolerances;
    }

    private static XMLInputFactory secureFactory() {
        // The JDK's own parser, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Large base64 text arrives in pieces instead of one string of hundreds of megabytes; so does a
        // CDATA section, which the JDK's parser otherwise collects whole (JDK property, since Java 9).
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty("jdk.xml.cdataChunkSize", CDATA_CHUNK_CHARACTERS);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never resolved: " + systemId);
        });
        return factory;
    }

    public EdxmlPackage read(InputStream in) {
        return read(in, AttachmentSink.DISCARD);
    }

    public EdxmlPackage read(InputStream in, AttachmentSink sink) {
        return read(in, sink, XmlEventListener.NONE);
    }

    /**
     * Reads the package and shows {@code listener} every parse event on the way (the signature's
     * streaming digest, {@code vn.lienthong.signature.xmldsig.SignatureScan}), so that the package
     * is parsed once for both.
     */
    public EdxmlPackage read(InputStream in, AttachmentSink sink, XmlEventListener listener) {
        XMLStreamReader reader;
        try {
            reader = FACTORY.createXMLStreamReader(new MarkupSizeGuard(in, limits));
            if (listener != XmlEventListener.NONE) {
                reader = new ObservedReader(reader, listener);
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        try {
            return new Pass(reader, sink).readPackage();
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment while reading the package", e);
        } catch (vn.lienthong.platform.BusinessException | UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK's parser reports some malformed input with runtime exceptions instead of
            // XMLStreamException (found by EdxmlReaderFuzzTest: a MissingResourceException while
            // formatting the message for a bad character in a DTD). Only those are the sender's
            // fault; any other runtime exception is a bug of the hub and stays one.
            if (!thrownByTheParser(e)) {
                throw e;
            }
            throw new MalformedPackageException(-1, -1, e.getClass().getSimpleName());
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to release
            }
        }
    }

    /** The parser's reader, showing each event to a listener as the pass moves on to it. */
    private static final class ObservedReader extends StreamReaderDelegate {
        private final XmlEventListener listener;

        ObservedReader(XMLStreamReader reader, XmlEventListener listener) {
            super(reader);
            this.listener = listener;
            listener.event(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            listener.event(getParent());
            return event;
        }
    }

    private static boolean thrownByTheParser(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("com.sun.org.apache.xerces.internal.") || type.startsWith("com.sun.xml.internal.stream.")) {
                return true;
            }
            if (type.startsWith("vn.lienthong.")) {
                return false;
            }
        }
        return false;
    }

    private static MalformedPackageException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        // The JDK prefixes its message with the position; keep only the reason.
        int reason = message.indexOf("Message: ");
        if (reason >= 0) {
            message = message.substring(reason + "Message: ".length());
        }
        return new MalformedPackageException(at == null ? -1 : at.getLineNumber(),
                at == null ? -1 : at.getColumnNumber(), message);
    }

    /** One read of one package; holds the counters the limits apply to. */
    private final class Pass {
        private final XMLStreamReader r;
        private final AttachmentSink sink;
        private final EdxmlOccurrences occurrences = new EdxmlOccurrences(tolerances);
        private int elements;

        Pass(XMLStreamReader r, AttachmentSink sink) {
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
}
