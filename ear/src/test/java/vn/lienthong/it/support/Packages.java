package vn.lienthong.it.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ThreadLocalRandom;

/**
 * edXML packages as document-management software writes them (prefixed namespace, inline base64
 * attachment), each with a document number of its own so tests never see each other's documents.
 */
public final class Packages {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));
    private static final String TODAY = LocalDate.now().format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    private Packages() {
    }

    /** A new document from {@code from} to each of {@code to}. */
    public static Document document(String from, String... to) {
        int number = SEQUENCE.incrementAndGet();
        return new Document(from, List.of(to), String.valueOf(number), "UBND-VP");
    }

    /** A document with a chosen notation and number, so a test can find its own documents among others. */
    public static Document numbered(String from, String notation, int number, String... to) {
        return new Document(from, List.of(to), String.valueOf(number), notation);
    }

    public record Document(String from, List<String> to, String number, String notation) {

        /** The edXML DocumentId the sender writes: {sender},{date},{number}/{notation}. */
        public String edxmlId() {
            return from + "," + TODAY + "," + number + "/" + notation;
        }

        public String xml() {
            StringBuilder recipients = new StringBuilder();
            for (String code : to) {
                recipients.append("""
                        <edXML:To><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Đơn vị nhận</edXML:OrganName></edXML:To>
                        """.formatted(code));
            }
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <edXML:edXML xmlns:edXML="%s">
                      <edXML:edXMLEnvelope>
                        <edXML:edXMLHeader>
                          <edXML:MessageHeader>
                            <edXML:From><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Đơn vị gửi</edXML:OrganName></edXML:From>
                            %s
                            <edXML:DocumentId>%s</edXML:DocumentId>
                            <edXML:Code><edXML:CodeNumber>%s</edXML:CodeNumber><edXML:CodeNotation>%s</edXML:CodeNotation></edXML:Code>
                            <edXML:PromulgationInfo><edXML:Place>Cao Lãnh</edXML:Place><edXML:PromulgationDate>%s</edXML:PromulgationDate></edXML:PromulgationInfo>
                            <edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>
                            <edXML:Subject>V/v báo cáo tình hình tiếp nhận hồ sơ trực tuyến (số %s)</edXML:Subject>
                            <edXML:SignerInfo><edXML:Competence>TL. Chủ tịch</edXML:Competence><edXML:Position>Chánh Văn phòng</edXML:Position><edXML:FullName>Phạm Thị D</edXML:FullName></edXML:SignerInfo>
                          </edXML:MessageHeader>
                          <edXML:TraceHeaderList>
                            <edXML:TraceHeader><edXML:OrganId>%s</edXML:OrganId><edXML:Timestamp>%s 08:30:00</edXML:Timestamp></edXML:TraceHeader>
                            <edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>0</edXML:Paper></edXML:Bussiness>
                          </edXML:TraceHeaderList>
                        </edXML:edXMLHeader>
                        <edXML:edXMLBody>
                          <edXML:edXMLManifest version="1.0">
                            <edXML:Reference><edXML:ContentId>cid:vanban.pdf</edXML:ContentId><edXML:ContentType>application/pdf</edXML:ContentType><edXML:AttachmentName>vanban.pdf</edXML:AttachmentName></edXML:Reference>
                          </edXML:edXMLManifest>
                        </edXML:edXMLBody>
                      </edXML:edXMLEnvelope>
                      <edXML:AttachmentEncoded>
                        <edXML:Attachment>
                          <edXML:ContentId>cid:vanban.pdf</edXML:ContentId>
                          <edXML:AttachmentName>vanban.pdf</edXML:AttachmentName>
                          <edXML:ContentType>application/pdf</edXML:ContentType>
                          <edXML:ContentTransferEncoded>JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==</edXML:ContentTransferEncoded>
                        </edXML:Attachment>
                      </edXML:AttachmentEncoded>
                    </edXML:edXML>
                    """.formatted(NAMESPACE, from, recipients, edxmlId(), number, notation, TODAY, number, from, TODAY);
        }

        /** A status package from {@code reporter} about this document. */
        public String status(String reporter, String code, String description) {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <edXML:edXML xmlns:edXML="%s">
                      <edXML:edXMLEnvelope>
                        <edXML:edXMLHeader>
                          <edXML:Status>
                            <edXML:ResponseFor>
                              <edXML:OrganId>%s</edXML:OrganId>
                              <edXML:Code>%s/%s</edXML:Code>
                              <edXML:PromulgationDate>%s</edXML:PromulgationDate>
                              <edXML:DocumentId>%s</edXML:DocumentId>
                            </edXML:ResponseFor>
                            <edXML:From><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Đơn vị nhận</edXML:OrganName></edXML:From>
                            <edXML:StatusCode>%s</edXML:StatusCode>
                            <edXML:Description>%s</edXML:Description>
                            <edXML:Timestamp>%s 09:00:00</edXML:Timestamp>
                            <edXML:StaffInfo><edXML:Department>Văn thư</edXML:Department><edXML:Staff>Võ Văn E</edXML:Staff></edXML:StaffInfo>
                          </edXML:Status>
                        </edXML:edXMLHeader>
                      </edXML:edXMLEnvelope>
                    </edXML:edXML>
                    """.formatted(NAMESPACE, from, number, notation, TODAY, edxmlId(), reporter, code, description, TODAY);
        }
    }
}
