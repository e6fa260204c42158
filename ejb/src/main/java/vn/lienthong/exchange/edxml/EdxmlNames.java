package vn.lienthong.exchange.edxml;

/**
 * Names of the edXML format as the wire spells them. Which other spellings the reader accepts is
 * decided in one place, {@link EdxmlTolerances}.
 */
public final class EdxmlNames {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public static final String XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
    public static final String ROOT = "edXML";
    public static final String ENVELOPE = "edXMLEnvelope";
    public static final String HEADER = "edXMLHeader";
    public static final String BODY = "edXMLBody";
    public static final String MANIFEST = "edXMLManifest";
    public static final String MESSAGE_HEADER = "MessageHeader";
    public static final String STATUS = "Status";
    public static final String TRACE_HEADER_LIST = "TraceHeaderList";
    public static final String TRACE_HEADER = "TraceHeader";
    public static final String SIGNATURE = "Signature";
    public static final String ATTACHMENT_ENCODED = "AttachmentEncoded";
    public static final String ATTACHMENT = "Attachment";

    /** The wire spelling; {@link EdxmlTolerances#business(String)} adds "Business". */
    public static final String BUSINESS = "Bussiness";
    public static final String BUSINESS_DOC_TYPE = "BussinessDocType";
    public static final String BUSINESS_DOC_REASON = "BussinessDocReason";
    public static final String BUSINESS_DOCUMENT_INFO = "BussinessDocumentInfo";

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
                || XMLDSIG_NAMESPACE.equals(namespace) || NAMESPACE.equals(namespace));
    }
}
