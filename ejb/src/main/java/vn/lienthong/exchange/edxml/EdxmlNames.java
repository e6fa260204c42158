package vn.lienthong.exchange.edxml;

import java.util.Set;

/**
 * Names of the edXML format, and the one list of spellings the reader tolerates because real
 * senders use them (docs/edxml.md repeats this list for client developers).
 */
public final class EdxmlNames {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public static final String ROOT = "edXML";
    public static final String ENVELOPE = "edXMLEnvelope";
    public static final String HEADER = "edXMLHeader";
    public static final String BODY = "edXMLBody";
    public static final String MANIFEST = "edXMLManifest";
    public static final String MESSAGE_HEADER = "MessageHeader";
    public static final String STATUS = "Status";
    public static final String TRACE_HEADER_LIST = "TraceHeaderList";
    public static final String SIGNATURE = "Signature";
    public static final String ATTACHMENT_ENCODED = "AttachmentEncoded";
    public static final String ATTACHMENT = "Attachment";

    /** The wire spelling is "Bussiness"; some senders write "Business". Both are read. */
    public static final String[] BUSINESS = {"Bussiness", "Business"};
    public static final String[] BUSINESS_DOC_TYPE = {"BussinessDocType", "BusinessDocType"};
    public static final String[] BUSINESS_DOC_REASON = {"BussinessDocReason", "BusinessDocReason"};
    public static final String[] BUSINESS_DOCUMENT_INFO = {"BussinessDocumentInfo", "BusinessDocumentInfo"};

    private static final Set<String> XMLDSIG_NAMESPACES = Set.of("http://www.w3.org/2000/09/xmldsig#");

    private EdxmlNames() {
    }

    static boolean matches(String localName, String... accepted) {
        for (String name : accepted) {
            if (name.equals(localName)) {
                return true;
            }
        }
        return false;
    }

    static boolean isXmlSignature(String namespace, String localName) {
        return SIGNATURE.equals(localName) && (namespace == null || namespace.isEmpty()
                || XMLDSIG_NAMESPACES.contains(namespace) || NAMESPACE.equals(namespace));
    }
}
