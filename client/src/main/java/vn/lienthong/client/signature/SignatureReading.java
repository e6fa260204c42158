package vn.lienthong.client.signature;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;

/** The first pass of {@link PackageVerifier}: finds the first XML signature and keeps its parts. */
final class SignatureReading {

    private SignatureReading() {
    }

    /** Fills {@code parts} from the package's first {@code Signature}; false when there is none. */
    static boolean read(XMLStreamReader r, SignatureParts parts) throws XMLStreamException, IOException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a DOCTYPE: edXML never carries one");
            }
            if (event == XMLStreamConstants.START_ELEMENT && "Signature".equals(r.getLocalName())) {
                if (!XmlDsig.NS.equals(r.getNamespaceURI())) {
                    throw new XMLStreamException("a Signature element outside the XML-DSig namespace");
                }
                signature(r, parts);
                return true;
            }
        }
        return false;
    }

    private static void signature(XMLStreamReader r, SignatureParts parts) throws XMLStreamException, IOException {
        int depth = 1;
        ExclusiveCanonicalizer signedInfo = null;
        int signedInfoDepth = 0;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = r.getLocalName();
                if ("SignedInfo".equals(name) && signedInfo == null) {
                    signedInfo = new ExclusiveCanonicalizer(parts.canonicalSignedInfo);
                    signedInfoDepth = depth;
                }
                if (signedInfoDepth > 0) {
                    signedInfo.startElement(r);
                }
                switch (name) {
                    case "CanonicalizationMethod" -> parts.canonicalization = r.getAttributeValue(null, "Algorithm");
                    case "SignatureMethod" -> parts.signatureMethod = r.getAttributeValue(null, "Algorithm");
                    case "Reference" -> {
                        parts.references++;
                        parts.referenceUri = r.getAttributeValue(null, "URI");
                    }
                    case "Transform" -> parts.transforms.add(r.getAttributeValue(null, "Algorithm"));
                    case "InclusiveNamespaces" -> parts.inclusiveNamespaces = true;
                    case "DigestMethod" -> parts.digestMethod = r.getAttributeValue(null, "Algorithm");
                    case "DigestValue", "SignatureValue", "X509Certificate" -> {
                        String text = r.getElementText();
                        depth--;
                        if (signedInfoDepth > 0) {
                            signedInfo.characters(text);
                            signedInfo.endElement(r);
                        }
                        switch (name) {
                            case "DigestValue" -> parts.digestValue = text;
                            case "SignatureValue" -> parts.signatureValue = text;
                            default -> parts.certificates.add(text);
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (signedInfoDepth > 0) {
                    signedInfo.endElement(r);
                    if (depth == signedInfoDepth) {
                        signedInfoDepth = 0;
                    }
                }
                depth--;
            } else if (signedInfoDepth > 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.CDATA)) {
                signedInfo.characters(r.getText());
            } else if (signedInfoDepth > 0 && event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                signedInfo.processingInstruction(r.getPITarget(), r.getPIData());
            } else if (signedInfoDepth > 0 && event == XMLStreamConstants.COMMENT
                    && XmlDsig.EXC_C14N_WITH_COMMENTS.equals(parts.canonicalization)) {
                signedInfo.comment(r.getText());
            }
        }
    }
}
