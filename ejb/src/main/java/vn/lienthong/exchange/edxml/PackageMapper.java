package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the element trees the reader built into the package model, checking what the format
 * requires: a sender and recipients with valid agency codes, typed values (numbers, dates,
 * business type, status code) that parse, and a manifest that matches the attachments.
 * Every refusal names the element at fault.
 */
final class PackageMapper {

    private final EdxmlTolerances tolerances;

    PackageMapper(EdxmlTolerances tolerances) {
        this.tolerances = tolerances;
    }

    DocumentPackage documentPackage(XmlElement header, XmlElement body, List<AttachmentInfo> attachments,
                                    XmlElement signature) {
        XmlElement mh = header.child(EdxmlNames.MESSAGE_HEADER)
                .orElseThrow(() -> InvalidPackageException.missing("edXMLHeader/MessageHeader"));
        MessageHeader messageHeader = messageHeader(mh);

        List<TraceHeader> traces = new ArrayList<>();
        Business business = null;
        Optional<XmlElement> traceList = header.child(EdxmlNames.TRACE_HEADER_LIST);
        if (traceList.isPresent()) {
            int i = 0;
            for (XmlElement trace : traceList.get().children(EdxmlNames.TRACE_HEADER)) {
                i++;
                String path = "TraceHeaderList/TraceHeader[" + i + "]";
                String organId = trace.childText("OrganId").orElseThrow(() -> InvalidPackageException.missing(path + "/OrganId"));
                agencyCode(organId, path + "/OrganId");
                traces.add(new TraceHeader(organId,
                        trace.childText("Timestamp").map(t -> dateTime(t, path + "/Timestamp")).orElse(null)));
            }
            business = traceList.get().child(tolerances.business(EdxmlNames.BUSINESS)).map(this::business).orElse(null);
        }
        if (!tolerances.missingOptionalElements()) {
            requireAll(mh, "MessageHeader", "DocumentId", "Code", "PromulgationInfo", "Subject");
            if (business == null || business.type() == null) {
                throw InvalidPackageException.missing("TraceHeaderList/Bussiness/BussinessDocType");
            }
        }

        List<ManifestReference> manifest = new ArrayList<>();
        if (body != null) {
            body.child(EdxmlNames.MANIFEST).ifPresent(m -> {
                for (XmlElement ref : m.children("Reference")) {
                    manifest.add(new ManifestReference(text(ref, "ContentId"), text(ref, "ContentType"),
                            text(ref, "Description"), text(ref, "AttachmentName")));
                }
            });
        }
        checkManifest(manifest, attachments);
        return new DocumentPackage(messageHeader, traces, business, manifest, attachments, signature);
    }

    private static void requireAll(XmlElement parent, String path, String... names) {
        for (String name : names) {
            if (parent.child(name).isEmpty()) {
                throw InvalidPackageException.missing(path + "/" + name);
            }
        }
    }

    StatusPackage statusPackage(XmlElement status, XmlElement signature) {
        XmlElement rf = status.child("ResponseFor").orElseThrow(() -> InvalidPackageException.missing("Status/ResponseFor"));
        ResponseFor responseFor = responseFor(rf, "Status/ResponseFor");
        if (responseFor.documentId() == null) {
            throw InvalidPackageException.missing("Status/ResponseFor/DocumentId");
        }
        if (responseFor.organId() == null) {
            throw InvalidPackageException.missing("Status/ResponseFor/OrganId");
        }
        agencyCode(responseFor.organId(), "Status/ResponseFor/OrganId");
        Organization from = organization(status.child("From")
                .orElseThrow(() -> InvalidPackageException.missing("Status/From")), "Status/From");
        String code = status.childText("StatusCode").orElseThrow(() -> InvalidPackageException.missing("Status/StatusCode"));
        StatusCode statusCode = StatusCode.of(code).orElseThrow(() -> new InvalidPackageException("Status/StatusCode",
                "'" + code + "' is not a status code of the format (01-06, 13, 15, 16)",
                "'" + code + "' không phải mã trạng thái hợp lệ (01-06, 13, 15, 16)"));
        LocalDateTime timestamp = status.childText("Timestamp").map(t -> dateTime(t, "Status/Timestamp")).orElse(null);
        StaffInfo staff = status.child("StaffInfo").map(PackageMapper::staffInfo).orElse(null);
        if (!tolerances.missingOptionalElements() && timestamp == null) {
            throw InvalidPackageException.missing("Status/Timestamp");
        }
        return new StatusPackage(responseFor, from, statusCode.code(), text(status, "Description"), timestamp, staff,
                signature);
    }

    private MessageHeader messageHeader(XmlElement mh) {
        Organization from = organization(mh.child("From")
                .orElseThrow(() -> InvalidPackageException.missing("MessageHeader/From")), "MessageHeader/From");
        List<XmlElement> toElements = mh.children("To");
        if (toElements.isEmpty()) {
            throw InvalidPackageException.missing("MessageHeader/To");
        }
        List<Organization> to = new ArrayList<>();
        for (int i = 0; i < toElements.size(); i++) {
            to.add(organization(toElements.get(i), "MessageHeader/To[" + (i + 1) + "]"));
        }
        DocumentCode code = mh.child("Code").map(c -> new DocumentCode(text(c, "CodeNumber"), text(c, "CodeNotation"))).orElse(null);
        PromulgationInfo promulgation = mh.child("PromulgationInfo").map(p -> new PromulgationInfo(text(p, "Place"),
                p.childText("PromulgationDate").map(d -> date(d, "MessageHeader/PromulgationInfo/PromulgationDate")).orElse(null)))
                .orElse(null);
        DocumentType documentType = mh.child("DocumentType").map(t -> new DocumentType(
                integer(t, "Type", "MessageHeader/DocumentType/Type"), text(t, "TypeDetail"), text(t, "TypeName"))).orElse(null);
        SignerInfo signer = mh.child("SignerInfo").map(s -> new SignerInfo(text(s, "Competence"), text(s, "Position"),
                text(s, "FullName"))).orElse(null);
        LocalDate dueDate = mh.childText("DueDate").map(d -> date(d, "MessageHeader/DueDate")).orElse(null);
        List<String> toPlaces = mh.child("ToPlaces").map(tp -> tp.children("Place").stream().map(XmlElement::text).toList())
                .orElse(List.of());
        OtherInfo otherInfo = mh.child("OtherInfo").map(this::otherInfo).orElse(null);
        List<XmlElement> responseElements = mh.children("ResponseFor");
        List<ResponseFor> responseFor = new ArrayList<>();
        for (int i = 0; i < responseElements.size(); i++) {
            responseFor.add(responseFor(responseElements.get(i), "MessageHeader/ResponseFor[" + (i + 1) + "]"));
        }
        Integer steeringType = integer(mh, "SteeringType", "MessageHeader/SteeringType");
        return new MessageHeader(from, to, text(mh, "DocumentId"), code, promulgation, documentType,
                text(mh, "Subject"), text(mh, "Content"), signer, dueDate, toPlaces, otherInfo, responseFor, steeringType);
    }

    private Organization organization(XmlElement e, String path) {
        String organId = e.childText("OrganId").orElseThrow(() -> InvalidPackageException.missing(path + "/OrganId"));
        agencyCode(organId, path + "/OrganId");
        return new Organization(organId, text(e, "OrganizationInCharge"), text(e, "OrganName"), text(e, "OrganAdd"),
                text(e, "Email"), text(e, "Telephone"), text(e, "Fax"), text(e, "Website"));
    }

    private AgencyCode agencyCode(String value, String path) {
        return tolerances.agencyCode(value).orElseThrow(() -> new InvalidPackageException(path,
                "'" + value + "' is not a valid agency code (NNN.NN.NN.LNN)",
                "'" + value + "' không phải mã định danh hợp lệ (NNN.NN.NN.LNN)"));
    }

    private ResponseFor responseFor(XmlElement e, String path) {
        return new ResponseFor(text(e, "OrganId"), text(e, "Code"),
                e.childText("PromulgationDate").map(d -> date(d, path + "/PromulgationDate")).orElse(null),
                text(e, "DocumentId"));
    }

    private OtherInfo otherInfo(XmlElement o) {
        String path = "MessageHeader/OtherInfo";
        List<String> appendixes = o.child("Appendixes").map(a -> a.children("Appendix").stream().map(XmlElement::text).toList())
                .orElse(List.of());
        return new OtherInfo(integer(o, "Priority", path + "/Priority"), text(o, "SphereOfPromulgation"),
                text(o, "TyperNotation"), integer(o, "PromulgationAmount", path + "/PromulgationAmount"),
                integer(o, "PageAmount", path + "/PageAmount"), appendixes, text(o, "Direction"));
    }

    private Business business(XmlElement b) {
        String path = "TraceHeaderList/Bussiness";
        BusinessType type = null;
        Optional<String> typeText = b.childText(tolerances.business(EdxmlNames.BUSINESS_DOC_TYPE));
        if (typeText.isPresent()) {
            int code = parseInt(typeText.get(), path + "/BussinessDocType");
            type = BusinessType.of(code).orElseThrow(() -> new InvalidPackageException(path + "/BussinessDocType",
                    "unknown business type " + code + " (0 new, 1 revoke, 2 update, 3 replace)",
                    "loại nghiệp vụ " + code + " không hợp lệ (0 mới, 1 thu hồi, 2 cập nhật, 3 thay thế)"));
        }
        BusinessDocumentInfo info = b.child(tolerances.business(EdxmlNames.BUSINESS_DOCUMENT_INFO))
                .map(PackageMapper::businessDocumentInfo).orElse(null);
        List<Replacement> replacements = b.child("ReplacementInfoList").map(l -> l.children("ReplacementInfo").stream()
                .map(ri -> new Replacement(text(ri, "DocumentId"), ri.child("OrganIdList")
                        .map(ol -> ol.children("OrganId").stream().map(XmlElement::text).toList()).orElse(List.of())))
                .toList()).orElse(List.of());
        return new Business(text(b, "DocumentId"), type, b.childText(tolerances.business(EdxmlNames.BUSINESS_DOC_REASON)).orElse(null),
                integer(b, "Paper", path + "/Paper"), b.child("StaffInfo").map(PackageMapper::staffInfo).orElse(null),
                info, replacements);
    }

    private static BusinessDocumentInfo businessDocumentInfo(XmlElement info) {
        Map<String, String> flags = new LinkedHashMap<>();
        List<Receiver> receivers = new ArrayList<>();
        for (XmlElement c : info.children()) {
            if ("ReceiverList".equals(c.localName())) {
                for (XmlElement r : c.children("Receiver")) {
                    receivers.add(new Receiver(text(r, "ReceiverType"), text(r, "OrganId")));
                }
            } else {
                flags.put(c.localName(), c.text());
            }
        }
        return new BusinessDocumentInfo(flags, receivers);
    }

    private static StaffInfo staffInfo(XmlElement s) {
        return new StaffInfo(text(s, "Department"), text(s, "Staff"), text(s, "Mobile"), text(s, "Email"));
    }

    private void checkManifest(List<ManifestReference> manifest, List<AttachmentInfo> attachments) {
        Set<String> announced = new HashSet<>();
        for (int i = 0; i < manifest.size(); i++) {
            String id = contentId(manifest.get(i).contentId());
            if (id == null) {
                throw InvalidPackageException.missing("edXMLManifest/Reference[" + (i + 1) + "]/ContentId");
            }
            if (!announced.add(id)) {
                throw new InvalidPackageException("edXMLManifest/Reference[" + (i + 1) + "]/ContentId",
                        "duplicate ContentId '" + id + "'", "ContentId '" + id + "' bị trùng");
            }
        }
        Set<String> present = new HashSet<>();
        for (int i = 0; i < attachments.size(); i++) {
            String id = contentId(attachments.get(i).contentId());
            String path = "AttachmentEncoded/Attachment[" + (i + 1) + "]/ContentId";
            if (id == null) {
                throw InvalidPackageException.missing(path);
            }
            if (!present.add(id)) {
                throw new InvalidPackageException(path, "duplicate ContentId '" + id + "'", "ContentId '" + id + "' bị trùng");
            }
            if (!announced.contains(id)) {
                throw new InvalidPackageException(path, "attachment '" + id + "' is not in the manifest",
                        "tệp đính kèm '" + id + "' không có trong edXMLManifest");
            }
        }
        for (String id : announced) {
            if (!present.contains(id)) {
                throw new InvalidPackageException("edXMLManifest/Reference", "the manifest announces '" + id
                        + "' but the package has no such attachment", "edXMLManifest khai báo '" + id + "' nhưng gói tin không có tệp này");
            }
        }
    }

    private String contentId(String raw) {
        return tolerances.contentId(raw);
    }

    private static String text(XmlElement parent, String... names) {
        return parent.childText(names).orElse(null);
    }

    private static Integer integer(XmlElement parent, String name, String path) {
        return parent.childText(name).map(t -> parseInt(t, path)).orElse(null);
    }

    private static int parseInt(String text, String path) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPackageException(path, "'" + text + "' is not a whole number", "'" + text + "' không phải số nguyên");
        }
    }

    private LocalDate date(String text, String path) {
        return tolerances.date(text).orElseThrow(() -> new InvalidPackageException(path,
                "'" + text + "' is not a date (yyyy/MM/dd)", "'" + text + "' không phải ngày hợp lệ (yyyy/MM/dd)"));
    }

    private LocalDateTime dateTime(String text, String path) {
        return tolerances.dateTime(text).orElseThrow(() -> new InvalidPackageException(path,
                "'" + text + "' is not a time (yyyy/MM/dd HH:mm:ss)", "'" + text + "' không phải thời điểm hợp lệ (yyyy/MM/dd HH:mm:ss)"));
    }
}
