package vn.lienthong.bench;

import java.util.Base64;
import java.util.List;

/**
 * The unsigned text of an edXML document package (QCVN 102:2016) as agency software writes it:
 * prefixed namespace, header with sender, recipients, number and trace, one manifest reference and
 * the attachment inline as MIME base64 (76-character lines).
 */
record EdxmlDocumentText(String from, List<String> to, String edxmlId, String number, String notation,
                         String date, byte[] attachment) {

    static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    EdxmlDocumentText {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one recipient");
        }
    }

    String xml() {
        StringBuilder recipients = new StringBuilder();
        for (String code : to) {
            recipients.append("<edXML:To><edXML:OrganId>").append(code)
                    .append("</edXML:OrganId><edXML:OrganName>Đơn vị nhận</edXML:OrganName></edXML:To>");
        }
        String base64 = Base64.getMimeEncoder().encodeToString(attachment);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML:edXML xmlns:edXML="%1$s"><edXML:edXMLEnvelope><edXML:edXMLHeader><edXML:MessageHeader>\
                <edXML:From><edXML:OrganId>%2$s</edXML:OrganId><edXML:OrganizationInCharge>Ủy ban nhân dân tỉnh</edXML:OrganizationInCharge>\
                <edXML:OrganName>Đơn vị gửi</edXML:OrganName><edXML:OrganAdd>Số 1 đường Lê Lợi</edXML:OrganAdd>\
                <edXML:Email>vanthu@example.gov.vn</edXML:Email><edXML:Telephone>0277 3851 000</edXML:Telephone></edXML:From>\
                %3$s<edXML:DocumentId>%4$s</edXML:DocumentId>\
                <edXML:Code><edXML:CodeNumber>%5$s</edXML:CodeNumber><edXML:CodeNotation>%6$s</edXML:CodeNotation></edXML:Code>\
                <edXML:PromulgationInfo><edXML:Place>Cao Lãnh</edXML:Place><edXML:PromulgationDate>%7$s</edXML:PromulgationDate></edXML:PromulgationInfo>\
                <edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeDetail>2</edXML:TypeDetail><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>\
                <edXML:Subject>V/v báo cáo tình hình tiếp nhận và giải quyết hồ sơ thủ tục hành chính (số %5$s)</edXML:Subject>\
                <edXML:Content>Đề nghị các đơn vị tổng hợp, báo cáo trước ngày 31/12.</edXML:Content>\
                <edXML:SignerInfo><edXML:Competence>TL. Chủ tịch</edXML:Competence><edXML:Position>Chánh Văn phòng</edXML:Position><edXML:FullName>Phạm Thị D</edXML:FullName></edXML:SignerInfo>\
                <edXML:DueDate>%7$s</edXML:DueDate>\
                <edXML:ToPlaces><edXML:Place>Như trên</edXML:Place><edXML:Place>Lưu: VT</edXML:Place></edXML:ToPlaces>\
                <edXML:OtherInfo><edXML:Priority>0</edXML:Priority><edXML:SphereOfPromulgation>Trong tỉnh</edXML:SphereOfPromulgation>\
                <edXML:TyperNotation>VP</edXML:TyperNotation><edXML:PromulgationAmount>1</edXML:PromulgationAmount><edXML:PageAmount>2</edXML:PageAmount></edXML:OtherInfo>\
                <edXML:SteeringType>0</edXML:SteeringType></edXML:MessageHeader>\
                <edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>%2$s</edXML:OrganId><edXML:Timestamp>%7$s 08:30:00</edXML:Timestamp></edXML:TraceHeader>\
                <edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:BussinessDocReason></edXML:BussinessDocReason><edXML:Paper>0</edXML:Paper>\
                <edXML:StaffInfo><edXML:Department>Văn thư</edXML:Department><edXML:Staff>Trần Thị B</edXML:Staff></edXML:StaffInfo></edXML:Bussiness>\
                </edXML:TraceHeaderList></edXML:edXMLHeader>\
                <edXML:edXMLBody><edXML:edXMLManifest version="1.0"><edXML:Reference><edXML:ContentId>cid:vanban-%5$s.pdf</edXML:ContentId>\
                <edXML:ContentType>application/pdf</edXML:ContentType><edXML:Description>Văn bản số %5$s</edXML:Description>\
                <edXML:AttachmentName>vanban-%5$s.pdf</edXML:AttachmentName></edXML:Reference></edXML:edXMLManifest></edXML:edXMLBody>\
                </edXML:edXMLEnvelope><edXML:AttachmentEncoded><edXML:Attachment><edXML:ContentId>cid:vanban-%5$s.pdf</edXML:ContentId>\
                <edXML:AttachmentName>vanban-%5$s.pdf</edXML:AttachmentName><edXML:Description>Văn bản số %5$s</edXML:Description>\
                <edXML:ContentType>application/pdf</edXML:ContentType><edXML:ContentTransferEncoded>%8$s</edXML:ContentTransferEncoded>\
                </edXML:Attachment></edXML:AttachmentEncoded></edXML:edXML>
                """.formatted(NAMESPACE, from, recipients, edxmlId, number, notation, date, base64);
    }
}
