package vn.lienthong.exchange.edxml;


import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
            return new EdxmlPass(reader, sink, limits, tolerances).readPackage();
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
}
