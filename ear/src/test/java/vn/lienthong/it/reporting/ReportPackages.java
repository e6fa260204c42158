package vn.lienthong.it.reporting;

import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/** A report sent as an official document through the axis: a document package with a {@code *.report.json} attachment. */
final class ReportPackages {

    private ReportPackages() {
    }

    static String reportDocument(String from, String to, String regime, String period, String values) {
        String message = """
                {"messageType": "REPORT_DATA", "regime": "%s", "period": "%s", "agency": "%s", "values": {%s}}
                """.formatted(regime, period, from, values);
        String attachment = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(message.getBytes(StandardCharsets.UTF_8));
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        String number = String.valueOf(100_000 + (UUID.randomUUID().hashCode() & 0x7ffff));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML:edXML xmlns:edXML="%1$s">
                  <edXML:edXMLEnvelope>
                    <edXML:edXMLHeader>
                      <edXML:MessageHeader>
                        <edXML:From><edXML:OrganId>%2$s</edXML:OrganId><edXML:OrganName>Ủy ban nhân dân xã</edXML:OrganName></edXML:From>
                        <edXML:To><edXML:OrganId>%3$s</edXML:OrganId><edXML:OrganName>Ủy ban nhân dân huyện</edXML:OrganName></edXML:To>
                        <edXML:DocumentId>%2$s,%4$s,%5$s/BC-UBND</edXML:DocumentId>
                        <edXML:Code><edXML:CodeNumber>%5$s</edXML:CodeNumber><edXML:CodeNotation>BC-UBND</edXML:CodeNotation></edXML:Code>
                        <edXML:PromulgationInfo><edXML:Place>Xã thử nghiệm</edXML:Place><edXML:PromulgationDate>%4$s</edXML:PromulgationDate></edXML:PromulgationInfo>
                        <edXML:DocumentType><edXML:Type>4</edXML:Type><edXML:TypeName>Báo cáo</edXML:TypeName></edXML:DocumentType>
                        <edXML:Subject>Báo cáo định kỳ %6$s kỳ %7$s</edXML:Subject>
                        <edXML:SignerInfo><edXML:Competence>TM. Ủy ban nhân dân</edXML:Competence><edXML:Position>Chủ tịch</edXML:Position><edXML:FullName>Lê Văn F</edXML:FullName></edXML:SignerInfo>
                      </edXML:MessageHeader>
                      <edXML:TraceHeaderList>
                        <edXML:TraceHeader><edXML:OrganId>%2$s</edXML:OrganId><edXML:Timestamp>%4$s 08:30:00</edXML:Timestamp></edXML:TraceHeader>
                        <edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>0</edXML:Paper></edXML:Bussiness>
                      </edXML:TraceHeaderList>
                    </edXML:edXMLHeader>
                    <edXML:edXMLBody>
                      <edXML:edXMLManifest version="1.0">
                        <edXML:Reference><edXML:ContentId>cid:baocao</edXML:ContentId><edXML:ContentType>application/json</edXML:ContentType><edXML:AttachmentName>baocao.report.json</edXML:AttachmentName></edXML:Reference>
                      </edXML:edXMLManifest>
                    </edXML:edXMLBody>
                  </edXML:edXMLEnvelope>
                  <edXML:AttachmentEncoded>
                    <edXML:Attachment>
                      <edXML:ContentId>cid:baocao</edXML:ContentId>
                      <edXML:AttachmentName>baocao.report.json</edXML:AttachmentName>
                      <edXML:ContentType>application/json</edXML:ContentType>
                      <edXML:ContentTransferEncoded>%8$s</edXML:ContentTransferEncoded>
                    </edXML:Attachment>
                  </edXML:AttachmentEncoded>
                </edXML:edXML>
                """.formatted(Packages.NAMESPACE, from, to, today, number, regime, period, attachment);
    }
}
