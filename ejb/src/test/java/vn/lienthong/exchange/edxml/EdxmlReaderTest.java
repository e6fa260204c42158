package vn.lienthong.exchange.edxml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.platform.BusinessException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EdxmlReaderTest {

    private final EdxmlReader reader = new EdxmlReader(EdxmlLimits.DEFAULT);

    @Test
    void readsTheHeaderOfARealisticDocumentPackage() throws IOException {
        DocumentPackage pkg = (DocumentPackage) reader.read(resource("document.edxml"));

        MessageHeader h = pkg.header();
        assertThat(h.from().organId()).isEqualTo("000.00.00.G22");
        assertThat(h.from().organName()).isEqualTo("Văn phòng Chính phủ");
        assertThat(h.from().email()).isEqualTo("vanthu@chinhphu.vn");
        assertThat(h.to()).extracting(Organization::organId).containsExactly("000.00.00.H41");
        assertThat(h.documentId()).isEqualTo("000.00.00.G22,2026/11/20,7816/VPCP-TTĐT");
        assertThat(h.code()).isEqualTo(new DocumentCode("7816", "VPCP-TTĐT"));
        assertThat(h.promulgation()).isEqualTo(new PromulgationInfo("Hà Nội", LocalDate.of(2026, 11, 20)));
        assertThat(h.documentType()).isEqualTo(new DocumentType(1, "2", "Công văn"));
        assertThat(h.subject()).startsWith("V/v triển khai kết nối");
        assertThat(h.signer().fullName()).isEqualTo("Nguyễn Văn A");
        assertThat(h.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(h.toPlaces()).containsExactly("Ủy ban nhân dân tỉnh Nghệ An", "Lưu: VT, TTĐT");
        assertThat(h.otherInfo().promulgationAmount()).isEqualTo(2);
        assertThat(h.steeringType()).isZero();
        assertThat(pkg.traces()).containsExactly(new TraceHeader("000.00.00.G22", LocalDateTime.of(2026, 11, 20, 9, 15)));
        assertThat(pkg.businessType()).isEqualTo(BusinessType.NEW);
        assertThat(pkg.business().staffInfo().staff()).isEqualTo("Trần Thị B");
        assertThat(pkg.manifest()).extracting(ManifestReference::contentId).containsExactly("cid:7816-VPCP-TTDT.pdf");
        assertThat(pkg.signed()).isFalse();
    }

    @Test
    void decodesEachAttachmentIntoTheSinkWithoutKeepingIt() {
        byte[] pdf = "%PDF-1.4 a small document".getBytes(StandardCharsets.US_ASCII);
        String b64 = Base64.getMimeEncoder().encodeToString(pdf);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();

        DocumentPackage pkg = (DocumentPackage) reader.read(stream(document(attachment("a.pdf", b64))), i -> sink);

        assertThat(sink.toByteArray()).isEqualTo(pdf);
        AttachmentInfo info = pkg.attachments().get(0);
        assertThat(info.decodedBytes()).isEqualTo(pdf.length);
        assertThat(info.sha256()).isEqualTo(sha256(pdf));
        assertThat(info.attachmentName()).isEqualTo("a.pdf");
    }

    @Test
    void readsAStatusPackageWithTheTimestampWrittenEitherWay() throws IOException {
        StatusPackage status = (StatusPackage) reader.read(resource("status.edxml"));

        assertThat(status.statusCode()).isEqualTo("03");
        assertThat(status.from().organId()).isEqualTo("000.00.00.H41");
        assertThat(status.responseFor().documentId()).isEqualTo("000.00.00.G22,2026/11/20,7816/VPCP-TTĐT");
        assertThat(status.timestamp()).isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 2, 11));
        assertThat(status.staffInfo().staff()).isEqualTo("Lê Văn C");

        String dayFirst = new String(resource("status.edxml").readAllBytes(), StandardCharsets.UTF_8)
                .replace("2026/11/20 10:02:11", "20/11/2026 10:02:11");
        assertThat(((StatusPackage) reader.read(stream(dayFirst))).timestamp())
                .isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 2, 11));
    }

    @Test
    void acceptsBothSpellingsOfTheBusinessBlock() {
        String business = document("").replace("<Bussiness><BussinessDocType>0</BussinessDocType></Bussiness>",
                "<Business><BusinessDocType>3</BusinessDocType><BusinessDocReason>Thay thế</BusinessDocReason></Business>");

        DocumentPackage pkg = (DocumentPackage) reader.read(stream(business));

        assertThat(pkg.businessType()).isEqualTo(BusinessType.REPLACE);
        assertThat(pkg.business().reason()).isEqualTo("Thay thế");
    }

    @Test
    void acceptsAnyNamespacePrefixAndIsoDates() {
        String iso = document("").replace("xmlns=\"" + EdxmlNames.NAMESPACE + "\"", "xmlns:ns2=\"" + EdxmlNames.NAMESPACE + "\"")
                .replaceAll("<(/?)([A-Za-z])", "<$1ns2:$2")
                .replace("<ns2:PromulgationDate>2026/11/20", "<ns2:PromulgationDate>2026-11-20");

        DocumentPackage pkg = (DocumentPackage) reader.read(stream(iso));

        assertThat(pkg.header().promulgation().date()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void refusesADocumentTypeDeclarationEvenWithoutEntities() {
        String withDtd = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ELEMENT edXML ANY>]>" + document("").substring(document("").indexOf("<edXML"));

        assertRefusal(withDtd, "XML_CONSTRUCT_FORBIDDEN");
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + document("").substring(document("").indexOf("<edXML")).replace("Kiểm thử", "&x;");

        assertRefusal(xxe, "XML_CONSTRUCT_FORBIDDEN");
    }

    @Test
    void refusesEntityExpansion() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + document("").substring(document("").indexOf("<edXML")).replace("Kiểm thử", "&b;");

        assertRefusal(laughs, "XML_CONSTRUCT_FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<edXML/>", "<other xmlns=\"" + EdxmlNames.NAMESPACE + "\"/>", "<a><b/></a>"})
    void refusesWhatIsNotEdxml(String xml) {
        assertRefusal(xml, "NOT_EDXML");
    }

    @Test
    void refusesMalformedXmlWithItsPosition() {
        assertThatThrownBy(() -> reader.read(stream("<edXML xmlns=\"" + EdxmlNames.NAMESPACE + "\"><unclosed></edXML>")))
                .isInstanceOf(MalformedPackageException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void refusesAPackageWithoutSenderOrRecipient() {
        assertRefusal(document("").replace("<From><OrganId>000.00.00.G22</OrganId></From>", ""), "INVALID_PACKAGE",
                "MessageHeader/From");
        assertRefusal(document("").replace("<To><OrganId>000.00.00.H41</OrganId></To>", ""), "INVALID_PACKAGE",
                "MessageHeader/To");
    }

    @Test
    void refusesAnUnknownBusinessType() {
        assertRefusal(document("").replace("<BussinessDocType>0</BussinessDocType>", "<BussinessDocType>7</BussinessDocType>"),
                "INVALID_PACKAGE", "TraceHeaderList/Bussiness/BussinessDocType");
    }

    @Test
    void refusesBadBase64() {
        assertRefusal(document(attachment("a.pdf", "QUJD!!!=")), "INVALID_PACKAGE", "Attachment[1]/ContentTransferEncoded");
        assertRefusal(document(attachment("a.pdf", "QUJ")), "INVALID_PACKAGE", "Attachment[1]/ContentTransferEncoded");
        assertRefusal(document(attachment("a.pdf", "QQ==QUJD")), "INVALID_PACKAGE", "Attachment[1]/ContentTransferEncoded");
    }

    @Test
    void refusesAnAttachmentTheManifestDoesNotAnnounce() {
        String unannounced = document(attachment("a.pdf", "QUJD")).replace("<ContentId>cid:a.pdf</ContentId></Reference>",
                "<ContentId>cid:b.pdf</ContentId></Reference>");

        assertRefusal(unannounced, "INVALID_PACKAGE", "AttachmentEncoded/Attachment[1]/ContentId");
    }

    @Test
    void refusesTwoAttachmentsWithOneContentId() {
        String twice = document(attachment("a.pdf", "QUJD") + attachment("a.pdf", "QUJD"));

        assertRefusal(twice, "INVALID_PACKAGE", "AttachmentEncoded/Attachment[2]/ContentId");
    }

    @Test
    void refusesNestingBeyondTheDepthLimit() {
        String deep = document("").replace("<Subject>", "<Subject>" + "<x>".repeat(40) + "</x>".repeat(40));

        assertRefusal(deep, "PACKAGE_LIMIT_EXCEEDED");
    }

    @Test
    void refusesMoreElementsThanTheLimit() {
        EdxmlReader strict = new EdxmlReader(new EdxmlLimits(32, 100, 1_000_000, 10_000, 10_000, 10, 1 << 20));
        String many = document("").replace("<Subject>", "<Subject>" + "<x/>".repeat(200));

        assertThatThrownBy(() -> strict.read(stream(many))).isInstanceOf(PackageLimitExceededException.class);
    }

    @Test
    void refusesAnOverlongText() {
        EdxmlReader strict = new EdxmlReader(new EdxmlLimits(32, 1000, 1_000, 10_000, 10_000, 10, 1 << 20));

        assertThatThrownBy(() -> strict.read(stream(document("").replace("Kiểm thử", "x".repeat(5_000)))))
                .isInstanceOf(PackageLimitExceededException.class);
    }

    @ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "<edXMLEnvelope>|<edXMLEnvelope><edXMLHeader><MessageHeader><From><OrganId>000.00.00.G22</OrganId></From><To><OrganId>000.00.00.H42</OrganId></To></MessageHeader></edXMLHeader></edXMLEnvelope><edXMLEnvelope>|edXMLEnvelope",
            "<edXMLHeader>|<edXMLHeader><MessageHeader><From><OrganId>000.00.00.G22</OrganId></From><To><OrganId>000.00.00.H42</OrganId></To></MessageHeader></edXMLHeader><edXMLHeader>|edXMLEnvelope/edXMLHeader",
            "<MessageHeader>|<MessageHeader><From><OrganId>000.00.00.G22</OrganId></From><To><OrganId>000.00.00.H42</OrganId></To></MessageHeader><MessageHeader>|edXMLHeader/MessageHeader",
            "<From>|<From><OrganId>000.00.00.G22</OrganId></From><From>|MessageHeader/From",
            "<OrganId>000.00.00.H41</OrganId>|<OrganId>000.00.00.H42</OrganId><OrganId>000.00.00.H41</OrganId>|MessageHeader/To[1]/OrganId",
            "<Subject>|<Subject>Khác</Subject><Subject>|MessageHeader/Subject",
            "<CodeNumber>|<CodeNumber>2</CodeNumber><CodeNumber>|MessageHeader/Code/CodeNumber",
            "<PromulgationDate>|<PromulgationDate>2026/11/21</PromulgationDate><PromulgationDate>|MessageHeader/PromulgationInfo/PromulgationDate",
            "<TraceHeaderList>|<TraceHeaderList></TraceHeaderList><TraceHeaderList>|edXMLHeader/TraceHeaderList",
            "<Bussiness>|<Bussiness><BussinessDocType>1</BussinessDocType></Bussiness><Bussiness>|TraceHeaderList/Bussiness",
            "<Bussiness>|<Business><BusinessDocType>1</BusinessDocType></Business><Bussiness>|TraceHeaderList/Bussiness",
            "<BussinessDocType>|<BussinessDocType>1</BussinessDocType><BussinessDocType>|TraceHeaderList/Bussiness/BussinessDocType",
            "<edXMLManifest|<edXMLManifest/><edXMLManifest|edXMLBody/edXMLManifest",
            "<edXMLBody>|<edXMLBody/><edXMLBody>|edXMLEnvelope/edXMLBody",
            "<AttachmentEncoded>|<AttachmentEncoded/><AttachmentEncoded>|AttachmentEncoded",
            "<AttachmentName>|<AttachmentName>b.pdf</AttachmentName><AttachmentName>|Attachment[1]/AttachmentName",
            "<ContentTransferEncoded>|<ContentTransferEncoded>QUJD</ContentTransferEncoded><ContentTransferEncoded>|Attachment[1]/ContentTransferEncoded"})
    void refusesASecondCopyOfAnElementTheFormatAllowsOnceNamingIt(String first, String twice, String element) {
        String xml = document(attachment("a.pdf", "QUJD")).replaceFirst(java.util.regex.Pattern.quote(first),
                java.util.regex.Matcher.quoteReplacement(twice));
        assertThat(xml).as("the case changes the package").isNotEqualTo(document(attachment("a.pdf", "QUJD")));

        assertRefusal(xml, "REPEATED_ELEMENT", element);
    }

    @Test
    void refusesARepeatedElementInsideARepeatedOneNamingWhichCopy() {
        String xml = document("").replace("<TraceHeaderList>", "<TraceHeaderList>"
                + "<TraceHeader><OrganId>000.00.00.G22</OrganId><Timestamp>2026/11/20 08:00:00</Timestamp></TraceHeader>"
                + "<TraceHeader><OrganId>000.00.00.G22</OrganId><Timestamp>2026/11/20 08:00:00</Timestamp>"
                + "<Timestamp>2026/11/20 09:00:00</Timestamp></TraceHeader>");

        assertRefusal(xml, "REPEATED_ELEMENT", "TraceHeaderList/TraceHeader[2]/Timestamp");
    }

    @Test
    void elementsThatRepeatInTheFormatStillRepeat() {
        String xml = document(attachment("a.pdf", "QUJD") + attachment("b.pdf", "QUJD"))
                .replace("<To><OrganId>000.00.00.H41</OrganId></To>",
                        "<To><OrganId>000.00.00.H41</OrganId></To><To><OrganId>000.00.00.H42</OrganId></To>"
                                + "<ToPlaces><Place>A</Place><Place>B</Place></ToPlaces>")
                .replace("<BussinessDocType>0</BussinessDocType>", "<BussinessDocType>3</BussinessDocType>"
                        + "<ReplacementInfoList><ReplacementInfo><DocumentId>x</DocumentId><OrganIdList><OrganId>000.00.00.H41</OrganId>"
                        + "<OrganId>000.00.00.H42</OrganId></OrganIdList></ReplacementInfo></ReplacementInfoList>");

        DocumentPackage pkg = (DocumentPackage) reader.read(stream(xml));

        assertThat(pkg.header().to()).hasSize(2);
        assertThat(pkg.header().toPlaces()).containsExactly("A", "B");
        assertThat(pkg.attachments()).hasSize(2);
        assertThat(pkg.business().replacements().get(0).organIds()).hasSize(2);
    }

    @Test
    void refusesAHeaderThatIsBothADocumentAndAStatus() {
        String both = document("").replace("<TraceHeaderList>", "<Status><ResponseFor><OrganId>000.00.00.H41</OrganId>"
                + "<DocumentId>x</DocumentId></ResponseFor><From><OrganId>000.00.00.G22</OrganId></From>"
                + "<StatusCode>03</StatusCode></Status><TraceHeaderList>");

        assertRefusal(both, "INVALID_PACKAGE", "edXMLHeader/Status");
    }

    @Test
    void anEnvelopeOfAnotherNamespaceIsAnExtensionNotTheEnvelope() {
        String foreign = document("").replace("</edXMLEnvelope>", "</edXMLEnvelope><x:edXMLEnvelope xmlns:x=\"urn:vendor\">"
                + "<x:edXMLHeader/></x:edXMLEnvelope>");

        DocumentPackage pkg = (DocumentPackage) reader.read(stream(foreign));

        assertThat(pkg.header().from().organId()).isEqualTo("000.00.00.G22");
    }

    private void assertRefusal(String xml, String code) {
        assertThatThrownBy(() -> reader.read(stream(xml)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo(code));
    }

    private void assertRefusal(String xml, String code, String element) {
        assertThatThrownBy(() -> reader.read(stream(xml)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).code()).isEqualTo(code);
                    assertThat(((BusinessException) e).element()).contains(element);
                });
    }

    static String document(String attachments) {
        StringBuilder manifest = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<ContentId>([^<]+)</ContentId>").matcher(attachments);
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        while (m.find()) {
            seen.add(m.group(1));
        }
        for (String id : seen) {
            manifest.append("<Reference><ContentId>").append(id).append("</ContentId></Reference>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML xmlns="%s"><edXMLEnvelope><edXMLHeader>
                <MessageHeader><From><OrganId>000.00.00.G22</OrganId></From><To><OrganId>000.00.00.H41</OrganId></To>
                <Code><CodeNumber>1</CodeNumber><CodeNotation>VPCP</CodeNotation></Code>
                <PromulgationInfo><Place>Hà Nội</Place><PromulgationDate>2026/11/20</PromulgationDate></PromulgationInfo>
                <Subject>Kiểm thử</Subject></MessageHeader>
                <TraceHeaderList><Bussiness><BussinessDocType>0</BussinessDocType></Bussiness></TraceHeaderList>
                </edXMLHeader><edXMLBody><edXMLManifest version="1.0">%s</edXMLManifest></edXMLBody></edXMLEnvelope>
                <AttachmentEncoded>%s</AttachmentEncoded></edXML>
                """.formatted(EdxmlNames.NAMESPACE, manifest, attachments);
    }

    static String attachment(String name, String base64) {
        return "<Attachment><ContentId>cid:" + name + "</ContentId><AttachmentName>" + name
                + "</AttachmentName><ContentType>application/pdf</ContentType><ContentTransferEncoded>" + base64
                + "</ContentTransferEncoded></Attachment>";
    }

    private static InputStream resource(String name) {
        return EdxmlReaderTest.class.getResourceAsStream("/edxml/" + name);
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
