package vn.lienthong.procedure.handover;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.dossier.Dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The edXML document (QCVN 102:2016) that hands a dossier's step over to the agency owning it:
 * from the receiving agency, to the owner, the dossier code in the notation and the subject, and
 * the dossier's particulars as a text attachment. Built with every text escaped, so an applicant's
 * name cannot break the package.
 */
final class HandOverPackage {

    static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private HandOverPackage() {
    }

    /** {sender},{yyyy/MM/dd},{step}/{dossier code}-LT: unique per dossier and step. */
    static String edxmlDocumentId(AgencyCode sender, LocalDateTime at, String dossierCode, int step) {
        return sender.value() + "," + DAY.format(at) + "," + step + "/" + notation(dossierCode);
    }

    static String notation(String dossierCode) {
        return dossierCode + "-LT";
    }

    static byte[] build(AgencyCode sender, String senderName, AgencyCode owner, String ownerName, Dossier dossier,
                        Procedure procedure, String stepName, int step, LocalDateTime at) {
        String details = "Mã hồ sơ: " + dossier.code() + "\n"
                + "Thủ tục: " + procedure.code() + " - " + procedure.name() + "\n"
                + "Bước " + step + ": " + stepName + "\n"
                + "Chủ hồ sơ: " + dossier.applicant().name() + "\n"
                + "Trích yếu: " + dossier.summary().orElse("") + "\n";
        String attachment = Base64.getEncoder().encodeToString(details.getBytes(StandardCharsets.UTF_8));
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML:edXML xmlns:edXML="%s">
                  <edXML:edXMLEnvelope>
                    <edXML:edXMLHeader>
                      <edXML:MessageHeader>
                        <edXML:From><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>%s</edXML:OrganName></edXML:From>
                        <edXML:To><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>%s</edXML:OrganName></edXML:To>
                        <edXML:DocumentId>%s</edXML:DocumentId>
                        <edXML:Code><edXML:CodeNumber>%d</edXML:CodeNumber><edXML:CodeNotation>%s</edXML:CodeNotation></edXML:Code>
                        <edXML:PromulgationInfo><edXML:Place>%s</edXML:Place><edXML:PromulgationDate>%s</edXML:PromulgationDate></edXML:PromulgationInfo>
                        <edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeName>Phiếu chuyển xử lý hồ sơ liên thông</edXML:TypeName></edXML:DocumentType>
                        <edXML:Subject>%s</edXML:Subject>
                      </edXML:MessageHeader>
                      <edXML:TraceHeaderList>
                        <edXML:TraceHeader><edXML:OrganId>%s</edXML:OrganId><edXML:Timestamp>%s</edXML:Timestamp></edXML:TraceHeader>
                        <edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>0</edXML:Paper></edXML:Bussiness>
                      </edXML:TraceHeaderList>
                    </edXML:edXMLHeader>
                    <edXML:edXMLBody>
                      <edXML:edXMLManifest version="1.0">
                        <edXML:Reference><edXML:ContentId>cid:hoso.txt</edXML:ContentId><edXML:ContentType>text/plain</edXML:ContentType><edXML:AttachmentName>hoso.txt</edXML:AttachmentName></edXML:Reference>
                      </edXML:edXMLManifest>
                    </edXML:edXMLBody>
                  </edXML:edXMLEnvelope>
                  <edXML:AttachmentEncoded>
                    <edXML:Attachment>
                      <edXML:ContentId>cid:hoso.txt</edXML:ContentId>
                      <edXML:AttachmentName>hoso.txt</edXML:AttachmentName>
                      <edXML:ContentType>text/plain</edXML:ContentType>
                      <edXML:ContentTransferEncoded>%s</edXML:ContentTransferEncoded>
                    </edXML:Attachment>
                  </edXML:AttachmentEncoded>
                </edXML:edXML>
                """.formatted(NAMESPACE, sender.value(), escape(senderName), owner.value(), escape(ownerName),
                escape(edxmlDocumentId(sender, at, dossier.code(), step)), step, escape(notation(dossier.code())),
                escape(senderName), DATE.format(at),
                escape("V/v liên thông hồ sơ " + dossier.code() + ", bước " + step + ": " + stepName),
                sender.value(), STAMP.format(at), attachment);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
