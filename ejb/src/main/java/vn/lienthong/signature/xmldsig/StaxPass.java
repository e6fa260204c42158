package vn.lienthong.signature.xmldsig;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * One StAX pass over a package, each event handed to a {@link SignatureScan}: the pass the
 * verifier makes itself when the edXML reader's pass did not scan the signature, and the second
 * pass that digests a package whose signature came too late for the first. The parser is the
 * JDK's, set up as the edXML reader's is (no DTD, no entity, text in pieces), so the events are the
 * same whichever pass produced them.
 */
public final class StaxPass {

    private static final XMLInputFactory FACTORY = secureFactory();

    private StaxPass() {
    }

    public static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty("jdk.xml.cdataChunkSize", 8192);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never resolved: " + systemId);
        });
        return factory;
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

    /** Feeds every event of {@code in} to {@code scan}; false when the bytes are not well-formed XML. */
    public static boolean run(InputStream in, SignatureScan scan) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(in);
            scan.event(reader);
            while (reader.hasNext() && !scan.hasFailed()) {
                reader.next();
                scan.event(reader);
            }
            return !scan.hasFailed();
        } catch (XMLStreamException e) {
            scan.failed();
            return false;
        } catch (RuntimeException e) {
            // The JDK's parser reports some malformed input with runtime exceptions (see EdxmlReader);
            // any other runtime exception is a bug of the hub and stays one.
            if (!thrownByTheParser(e)) {
                throw e;
            }
            scan.failed();
            return false;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }
}
