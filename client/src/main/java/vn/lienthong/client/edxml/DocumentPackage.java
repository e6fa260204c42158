package vn.lienthong.client.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

/** A document package built by {@link DocumentBuilder}, written in the order of the format (EDXML.md). */
final class DocumentPackage implements EdxmlPackage {

    /** Multiple of 3, so each chunk encodes without padding; one line of base64 per chunk, as the hub writes. */
    private static final int BASE64_CHUNK = 57 * 1024;

    record Header(Organization from, List<Organization> to, String documentId, String codeNumber, String codeNotation,
                  String place, LocalDate promulgationDate, Integer documentType, String documentTypeName, String subject,
                  String content, String signerCompetence, String signerPosition, String signerName, LocalDate dueDate,
                  List<String> toPlaces, Integer priority, Integer steeringType) {
    }

    record Business(BusinessType type, String relatedDocumentId, String reason, boolean paper, LocalDateTime traced) {
    }

    private final Header h;
    private final Business b;
    private final List<Attachment> attachments;

    DocumentPackage(Header header, Business business, List<Attachment> attachments) {
        this.h = header;
        this.b = business;
        this.attachments = attachments;
    }

    @Override
    public String from() {
        return h.from().code();
    }

    @Override
    public void writeRoot(OutputStream out, String signature) throws IOException {
        CanonicalXml w = new CanonicalXml(out);
        w.openHeader();
        messageHeader(w);
        traceHeaderList(w);
        w.closeHeader(signature);
        w.open("edXMLBody");
        w.openWithVersion("edXMLManifest", "1.0");
        for (Attachment a : attachments) {
            w.open("Reference");
            w.leaf("ContentId", a.contentId());
            w.leaf("ContentType", a.contentType());
            w.leaf("Description", a.description());
            w.leaf("AttachmentName", a.name());
            w.close("Reference");
        }
        w.close("edXMLManifest");
        w.close("edXMLBody");
        w.close("edXMLEnvelope");
        if (!attachments.isEmpty()) {
            w.open("AttachmentEncoded");
            for (Attachment a : attachments) {
                w.open("Attachment");
                w.leaf("ContentId", a.contentId());
                w.leaf("AttachmentName", a.name());
                w.leaf("Description", a.description());
                w.leaf("ContentType", a.contentType());
                w.open("ContentTransferEncoded");
                base64(w, a);
                w.close("ContentTransferEncoded");
                w.close("Attachment");
            }
            w.close("AttachmentEncoded");
        }
        w.close("edXML");
    }

    private void messageHeader(CanonicalXml w) throws IOException {
        w.open("MessageHeader");
        h.from().write(w, "From");
        for (Organization o : h.to()) {
            o.write(w, "To");
        }
        w.leaf("DocumentId", h.documentId());
        w.open("Code");
        w.leaf("CodeNumber", h.codeNumber());
        w.leaf("CodeNotation", h.codeNotation());
        w.close("Code");
        w.open("PromulgationInfo");
        w.leaf("Place", h.place());
        w.leaf("PromulgationDate", EdxmlDates.DATE.format(h.promulgationDate()));
        w.close("PromulgationInfo");
        if (h.documentType() != null) {
            w.open("DocumentType");
            w.leaf("Type", h.documentType());
            w.leaf("TypeName", h.documentTypeName());
            w.close("DocumentType");
        }
        w.leaf("Subject", h.subject());
        w.leaf("Content", h.content());
        if (h.signerName() != null || h.signerPosition() != null || h.signerCompetence() != null) {
            w.open("SignerInfo");
            w.leaf("Competence", h.signerCompetence());
            w.leaf("Position", h.signerPosition());
            w.leaf("FullName", h.signerName());
            w.close("SignerInfo");
        }
        w.leaf("DueDate", h.dueDate() == null ? null : EdxmlDates.DATE.format(h.dueDate()));
        if (!h.toPlaces().isEmpty()) {
            w.open("ToPlaces");
            for (String p : h.toPlaces()) {
                w.leaf("Place", p);
            }
            w.close("ToPlaces");
        }
        if (h.priority() != null) {
            w.open("OtherInfo");
            w.leaf("Priority", h.priority());
            w.close("OtherInfo");
        }
        w.leaf("SteeringType", h.steeringType());
        w.close("MessageHeader");
    }

    private void traceHeaderList(CanonicalXml w) throws IOException {
        w.open("TraceHeaderList");
        w.open("TraceHeader");
        w.leaf("OrganId", h.from().code());
        w.leaf("Timestamp", EdxmlDates.DATE_TIME.format(b.traced()));
        w.close("TraceHeader");
        w.open("Bussiness");
        // A replace names the replaced document in ReplacementInfo; its own DocumentId goes here (docs/edxml.md).
        w.leaf("DocumentId", switch (b.type()) {
            case NEW -> null;
            case REPLACE -> h.documentId();
            case REVOKE, UPDATE -> b.relatedDocumentId();
        });
        w.leaf("BussinessDocType", b.type().code());
        w.leaf("BussinessDocReason", b.reason());
        w.leaf("Paper", b.paper() ? 1 : 0);
        if (b.type() == BusinessType.REPLACE) {
            w.open("ReplacementInfoList");
            w.open("ReplacementInfo");
            w.leaf("DocumentId", b.relatedDocumentId());
            w.open("OrganIdList");
            for (Organization o : h.to()) {
                w.leaf("OrganId", o.code());
            }
            w.close("OrganIdList");
            w.close("ReplacementInfo");
            w.close("ReplacementInfoList");
        }
        w.close("Bussiness");
        w.close("TraceHeaderList");
    }

    private static void base64(CanonicalXml w, Attachment a) throws IOException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] chunk = new byte[BASE64_CHUNK];
        byte[] encoded = new byte[BASE64_CHUNK / 3 * 4];
        byte[] newline = "\n".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(a.file())) {
            int filled;
            while ((filled = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                int length = filled == chunk.length ? encoder.encode(chunk, encoded)
                        : encoder.encode(java.util.Arrays.copyOf(chunk, filled), encoded);
                w.raw(encoded, length);
                w.raw(newline, 1);
            }
        }
    }
}
