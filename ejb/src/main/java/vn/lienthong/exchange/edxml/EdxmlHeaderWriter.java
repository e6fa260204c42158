package vn.lienthong.exchange.edxml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.List;
import java.util.Map;

/**
 * The header parts {@link EdxmlWriter} writes, each in the order of EDXML.md: MessageHeader with its
 * organisations and business information, the TraceHeaderList, and a status's ResponseFor and StaffInfo.
 */
final class EdxmlHeaderWriter {

    private EdxmlHeaderWriter() {
    }

    static void messageHeader(XMLStreamWriter w, MessageHeader h) throws XMLStreamException {
        EdxmlElements.open(w, EdxmlNames.MESSAGE_HEADER);
        organization(w, "From", h.from());
        for (Organization to : h.to()) {
            organization(w, "To", to);
        }
        EdxmlElements.leaf(w, "DocumentId", h.documentId());
        if (h.code() != null) {
            EdxmlElements.open(w, "Code");
            EdxmlElements.leaf(w, "CodeNumber", h.code().number());
            EdxmlElements.leaf(w, "CodeNotation", h.code().notation());
            w.writeEndElement();
        }
        if (h.promulgation() != null) {
            EdxmlElements.open(w, "PromulgationInfo");
            EdxmlElements.leaf(w, "Place", h.promulgation().place());
            EdxmlElements.leaf(w, "PromulgationDate", h.promulgation().date());
            w.writeEndElement();
        }
        if (h.documentType() != null) {
            EdxmlElements.open(w, "DocumentType");
            EdxmlElements.leaf(w, "Type", h.documentType().type());
            EdxmlElements.leaf(w, "TypeDetail", h.documentType().typeDetail());
            EdxmlElements.leaf(w, "TypeName", h.documentType().typeName());
            w.writeEndElement();
        }
        EdxmlElements.leaf(w, "Subject", h.subject());
        EdxmlElements.leaf(w, "Content", h.content());
        if (h.signer() != null) {
            EdxmlElements.open(w, "SignerInfo");
            EdxmlElements.leaf(w, "Competence", h.signer().competence());
            EdxmlElements.leaf(w, "Position", h.signer().position());
            EdxmlElements.leaf(w, "FullName", h.signer().fullName());
            w.writeEndElement();
        }
        EdxmlElements.leaf(w, "DueDate", h.dueDate());
        if (!h.toPlaces().isEmpty()) {
            EdxmlElements.open(w, "ToPlaces");
            for (String place : h.toPlaces()) {
                EdxmlElements.leaf(w, "Place", place);
            }
            w.writeEndElement();
        }
        if (h.otherInfo() != null) {
            OtherInfo o = h.otherInfo();
            EdxmlElements.open(w, "OtherInfo");
            EdxmlElements.leaf(w, "Priority", o.priority());
            EdxmlElements.leaf(w, "SphereOfPromulgation", o.sphereOfPromulgation());
            EdxmlElements.leaf(w, "TyperNotation", o.typerNotation());
            EdxmlElements.leaf(w, "PromulgationAmount", o.promulgationAmount());
            EdxmlElements.leaf(w, "PageAmount", o.pageAmount());
            if (!o.appendixes().isEmpty()) {
                EdxmlElements.open(w, "Appendixes");
                for (String appendix : o.appendixes()) {
                    EdxmlElements.leaf(w, "Appendix", appendix);
                }
                w.writeEndElement();
            }
            EdxmlElements.leaf(w, "Direction", o.direction());
            w.writeEndElement();
        }
        for (ResponseFor rf : h.responseFor()) {
            responseFor(w, rf);
        }
        EdxmlElements.leaf(w, "SteeringType", h.steeringType());
        w.writeEndElement();
    }

    static void traceHeaderList(XMLStreamWriter w, List<TraceHeader> traces, Business b) throws XMLStreamException {
        if (traces.isEmpty() && b == null) {
            return;
        }
        EdxmlElements.open(w, EdxmlNames.TRACE_HEADER_LIST);
        for (TraceHeader t : traces) {
            traceHeader(w, t);
        }
        if (b != null) {
            EdxmlElements.open(w, EdxmlNames.BUSINESS);
            EdxmlElements.leaf(w, "DocumentId", b.documentId());
            EdxmlElements.leaf(w, EdxmlNames.BUSINESS_DOC_TYPE, b.type() == null ? null : b.type().code());
            EdxmlElements.leaf(w, EdxmlNames.BUSINESS_DOC_REASON, b.reason());
            EdxmlElements.leaf(w, "Paper", b.paper());
            staffInfo(w, b.staffInfo());
            if (b.documentInfo() != null) {
                EdxmlElements.open(w, EdxmlNames.BUSINESS_DOCUMENT_INFO);
                for (Map.Entry<String, String> flag : b.documentInfo().changedFlags().entrySet()) {
                    EdxmlElements.open(w, flag.getKey());
                    w.writeCharacters(flag.getValue());
                    w.writeEndElement();
                }
                if (!b.documentInfo().receivers().isEmpty()) {
                    EdxmlElements.open(w, "ReceiverList");
                    for (Receiver r : b.documentInfo().receivers()) {
                        EdxmlElements.open(w, "Receiver");
                        EdxmlElements.leaf(w, "ReceiverType", r.receiverType());
                        EdxmlElements.leaf(w, "OrganId", r.organId());
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            if (!b.replacements().isEmpty()) {
                EdxmlElements.open(w, "ReplacementInfoList");
                for (Replacement r : b.replacements()) {
                    EdxmlElements.open(w, "ReplacementInfo");
                    EdxmlElements.leaf(w, "DocumentId", r.documentId());
                    if (!r.organIds().isEmpty()) {
                        EdxmlElements.open(w, "OrganIdList");
                        for (String organId : r.organIds()) {
                            EdxmlElements.leaf(w, "OrganId", organId);
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

    private static void traceHeader(XMLStreamWriter w, TraceHeader t) throws XMLStreamException {
        EdxmlElements.open(w, EdxmlNames.TRACE_HEADER);
        EdxmlElements.leaf(w, "OrganId", t.organId());
        EdxmlElements.leaf(w, "Timestamp", t.timestamp());
        w.writeEndElement();
    }

    static void organization(XMLStreamWriter w, String name, Organization o) throws XMLStreamException {
        EdxmlElements.open(w, name);
        EdxmlElements.leaf(w, "OrganId", o.organId());
        EdxmlElements.leaf(w, "OrganizationInCharge", o.organizationInCharge());
        EdxmlElements.leaf(w, "OrganName", o.organName());
        EdxmlElements.leaf(w, "OrganAdd", o.organAdd());
        EdxmlElements.leaf(w, "Email", o.email());
        EdxmlElements.leaf(w, "Telephone", o.telephone());
        EdxmlElements.leaf(w, "Fax", o.fax());
        EdxmlElements.leaf(w, "Website", o.website());
        w.writeEndElement();
    }

    static void responseFor(XMLStreamWriter w, ResponseFor rf) throws XMLStreamException {
        EdxmlElements.open(w, "ResponseFor");
        EdxmlElements.leaf(w, "OrganId", rf.organId());
        EdxmlElements.leaf(w, "Code", rf.code());
        EdxmlElements.leaf(w, "PromulgationDate", rf.promulgationDate());
        EdxmlElements.leaf(w, "DocumentId", rf.documentId());
        w.writeEndElement();
    }

    static void staffInfo(XMLStreamWriter w, StaffInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        EdxmlElements.open(w, "StaffInfo");
        EdxmlElements.leaf(w, "Department", s.department());
        EdxmlElements.leaf(w, "Staff", s.staff());
        EdxmlElements.leaf(w, "Mobile", s.mobile());
        EdxmlElements.leaf(w, "Email", s.email());
        w.writeEndElement();
    }
}
