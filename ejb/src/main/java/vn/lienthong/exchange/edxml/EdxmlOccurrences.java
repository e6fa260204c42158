package vn.lienthong.exchange.edxml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often each element of the format may occur under its parent: the elements allowed once, and
 * those that repeat (QCVN 102:2016 as /work/shared/domain/EDXML.md lists it). A package with a
 * second copy of an element allowed once is refused ({@link RepeatedElementException}), never read
 * by taking one of them: two readers must not route the same bytes differently.
 *
 * <p>Elements of the format's namespace the table does not know are extensions the hub ignores, and
 * so is what is inside them; the XML signature is the signer's business.
 */
final class EdxmlOccurrences {

    /** {@code everyChildOnce}: under {@code BussinessDocumentInfo} every child (a change flag, the receiver list) is allowed once. */
    private record Children(Set<String> once, Set<String> repeated, boolean everyChildOnce) {

        boolean allowsOnce(String name) {
            return everyChildOnce || once.contains(name);
        }

        boolean knows(String name) {
            return allowsOnce(name) || repeated.contains(name);
        }
    }

    private static final Map<String, Children> FORMAT = new HashMap<>();

    static {
        define(EdxmlNames.ROOT, List.of(EdxmlNames.ENVELOPE, EdxmlNames.ATTACHMENT_ENCODED), List.of());
        define(EdxmlNames.ENVELOPE, List.of(EdxmlNames.HEADER, EdxmlNames.BODY), List.of());
        define(EdxmlNames.HEADER, List.of(EdxmlNames.MESSAGE_HEADER, EdxmlNames.STATUS, EdxmlNames.TRACE_HEADER_LIST), List.of());
        define(EdxmlNames.MESSAGE_HEADER, List.of("From", "DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject",
                "Content", "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "SteeringType"), List.of("To", "ResponseFor"));
        List<String> organization = List.of("OrganId", "OrganizationInCharge", "OrganName", "OrganAdd", "Email", "Telephone",
                "Fax", "Website");
        define("From", organization, List.of());
        define("To", organization, List.of());
        define("Code", List.of("CodeNumber", "CodeNotation"), List.of());
        define("PromulgationInfo", List.of("Place", "PromulgationDate"), List.of());
        define("DocumentType", List.of("Type", "TypeDetail", "TypeName"), List.of());
        define("SignerInfo", List.of("Competence", "Position", "FullName"), List.of());
        define("ToPlaces", List.of(), List.of("Place"));
        define("OtherInfo", List.of("Priority", "SphereOfPromulgation", "TyperNotation", "PromulgationAmount", "PageAmount",
                "Appendixes", "Direction"), List.of());
        define("Appendixes", List.of(), List.of("Appendix"));
        define("ResponseFor", List.of("OrganId", "Code", "PromulgationDate", "DocumentId"), List.of());
        define(EdxmlNames.TRACE_HEADER_LIST, List.of(EdxmlNames.BUSINESS), List.of(EdxmlNames.TRACE_HEADER));
        define(EdxmlNames.TRACE_HEADER, List.of("OrganId", "Timestamp"), List.of());
        define(EdxmlNames.BUSINESS, List.of("DocumentId", EdxmlNames.BUSINESS_DOC_TYPE, EdxmlNames.BUSINESS_DOC_REASON, "Paper",
                "StaffInfo", EdxmlNames.BUSINESS_DOCUMENT_INFO, "ReplacementInfoList"), List.of());
        define("StaffInfo", List.of("Department", "Staff", "Mobile", "Email"), List.of());
        FORMAT.put(EdxmlNames.BUSINESS_DOCUMENT_INFO, new Children(Set.of(), Set.of(), true));
        define("ReceiverList", List.of(), List.of("Receiver"));
        define("Receiver", List.of("ReceiverType", "OrganId"), List.of());
        define("ReplacementInfoList", List.of(), List.of("ReplacementInfo"));
        define("ReplacementInfo", List.of("DocumentId", "OrganIdList"), List.of());
        define("OrganIdList", List.of(), List.of("OrganId"));
        define(EdxmlNames.STATUS, List.of("ResponseFor", "From", "StatusCode", "Description", "Timestamp", "StaffInfo"), List.of());
        define(EdxmlNames.BODY, List.of(EdxmlNames.MANIFEST), List.of());
        define(EdxmlNames.MANIFEST, List.of(), List.of("Reference"));
        define("Reference", List.of("ContentId", "ContentType", "Description", "AttachmentName"), List.of());
        define(EdxmlNames.ATTACHMENT_ENCODED, List.of(), List.of(EdxmlNames.ATTACHMENT));
        define(EdxmlNames.ATTACHMENT, List.of("ContentId", "AttachmentName", "Description", "ContentType",
                "ContentTransferEncoded"), List.of());
    }

    private static void define(String parent, List<String> once, List<String> repeated) {
        FORMAT.put(parent, new Children(Set.copyOf(once), Set.copyOf(repeated), false));
    }

    private final EdxmlTolerances tolerances;

    EdxmlOccurrences(EdxmlTolerances tolerances) {
        this.tolerances = tolerances;
    }

    /**
     * Whether the format allows {@code child} once under {@code parent} (names as the wire spells
     * them, or as the tolerances accept them).
     */
    boolean allowedOnce(String parent, String child) {
        Children children = FORMAT.get(canonical(parent));
        return children != null && children.allowsOnce(canonical(child));
    }

    /**
     * Refuses a repeated element anywhere in the header: its own children are named
     * {@code edXMLHeader/MessageHeader}, what lies below them from their name on
     * ({@code MessageHeader/From}, {@code TraceHeaderList/TraceHeader[2]/OrganId}), as every other
     * refusal of the reader names them.
     */
    void checkHeader(XmlElement header) {
        checkChildren(header, EdxmlNames.HEADER);
        for (XmlElement child : header.children()) {
            if (known(EdxmlNames.HEADER, child.localName())) {
                check(child, canonical(child.localName()));
            }
        }
    }

    /** Refuses a repeated element in the body: {@code edXMLBody/edXMLManifest}, {@code edXMLManifest/Reference[1]/ContentId}. */
    void checkBody(XmlElement body) {
        checkChildren(body, EdxmlNames.BODY);
        for (XmlElement child : body.children()) {
            if (known(EdxmlNames.BODY, child.localName())) {
                check(child, canonical(child.localName()));
            }
        }
    }

    private void check(XmlElement element, String path) {
        checkChildren(element, path);
        Map<String, Integer> index = new HashMap<>();
        Children children = FORMAT.get(canonical(element.localName()));
        for (XmlElement child : element.children()) {
            String name = canonical(child.localName());
            if (!children.knows(name) || !FORMAT.containsKey(name)) {
                continue;
            }
            String childPath = path + "/" + name;
            if (children.repeated().contains(name)) {
                childPath += "[" + index.merge(name, 1, Integer::sum) + "]";
            }
            check(child, childPath);
        }
    }

    private void checkChildren(XmlElement element, String path) {
        Map<String, Integer> seen = new HashMap<>();
        for (XmlElement child : element.children()) {
            String name = canonical(child.localName());
            if (allowedOnce(element.localName(), name) && seen.merge(name, 1, Integer::sum) > 1) {
                throw new RepeatedElementException(path + "/" + name);
            }
        }
    }

    private boolean known(String parent, String child) {
        Children children = FORMAT.get(canonical(parent));
        return children != null && children.knows(canonical(child));
    }

    /** The wire spelling of a name: {@code Business…} is {@code Bussiness…} where the tolerance accepts it. */
    private String canonical(String name) {
        if (tolerances.businessSpelling() && name.startsWith("Business") && !name.startsWith("Bussiness")) {
            return "Bussiness" + name.substring("Business".length());
        }
        return name;
    }
}
