package vn.lienthong.client.edxml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentBuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T01:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private DocumentBuilder builder() {
        return DocumentBuilder.from("000.00.00.G22", "Văn phòng Chính phủ")
                .to("000.00.00.H41", "UBND tỉnh Nghệ An")
                .code("7816", "VPCP-TTĐT").promulgation("Hà Nội", LocalDate.of(2026, 11, 20))
                .subject("V/v triển khai <kết nối> & liên thông").clock(CLOCK);
    }

    private String written(EdxmlPackage pkg) throws Exception {
        Path file = dir.resolve("out.edxml");
        pkg.writeUnsigned(file);
        return Files.readString(file);
    }

    @Test
    void writesEveryFieldInTheFormatsOrderWithTheWireSpellingAndFormatDates() throws Exception {
        String xml = written(builder().documentType(1, "Công văn").signer("TL. Chủ tịch", "Chánh Văn phòng", "Phạm Thị D")
                .dueDate(LocalDate.of(2026, 12, 15)).toPlace("Như trên").priority(2).steeringType(1).build());

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">");
        assertThat(xml).containsSubsequence("<edXML:From>", "<edXML:To>", "<edXML:DocumentId>000.00.00.G22,2026/11/20,7816/VPCP-TTĐT</edXML:DocumentId>",
                "<edXML:Code>", "<edXML:PromulgationInfo>", "<edXML:PromulgationDate>2026/11/20<", "<edXML:DocumentType>",
                "<edXML:Subject>V/v triển khai &lt;kết nối&gt; &amp; liên thông</edXML:Subject>", "<edXML:SignerInfo>",
                "<edXML:DueDate>2026/12/15<", "<edXML:ToPlaces>", "<edXML:OtherInfo><edXML:Priority>2<", "<edXML:SteeringType>1<",
                "<edXML:TraceHeader><edXML:OrganId>000.00.00.G22</edXML:OrganId><edXML:Timestamp>2026/12/01 08:30:00<",
                "<edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>0</edXML:Paper></edXML:Bussiness>",
                "<edXML:edXMLManifest version=\"1.0\"></edXML:edXMLManifest>");
        assertThat(xml).doesNotContain("AttachmentEncoded");
        assertThat(xml.substring(xml.indexOf("<edXML:edXML"))).as("no whitespace between elements").doesNotContain("\n");
    }

    @Test
    void streamsAttachmentsAsBase64WithAMatchingManifest() throws Exception {
        byte[] pdf = new byte[200_000];
        new java.util.Random(7).nextBytes(pdf);
        Path file = Files.write(dir.resolve("vanban.pdf"), pdf);

        Document doc = parse(written(builder().attach(file).build()));

        assertThat(doc.getElementsByTagNameNS(CanonicalXml.NAMESPACE, "Reference").item(0).getTextContent())
                .contains("cid:vanban.pdf").contains("application/pdf");
        String encoded = doc.getElementsByTagNameNS(CanonicalXml.NAMESPACE, "ContentTransferEncoded").item(0).getTextContent();
        assertThat(Base64.getMimeDecoder().decode(encoded)).isEqualTo(pdf);
    }

    @Test
    void aReplaceNamesTheReplacedDocumentForEveryRecipient() throws Exception {
        String xml = written(builder().to("000.00.14.H20", null)
                .business(BusinessType.REPLACE, "000.00.00.G22,2026/11/19,7800/VPCP-TTĐT", "Sai số liệu").build());

        assertThat(xml).contains("<edXML:BussinessDocType>3</edXML:BussinessDocType>")
                .contains("<edXML:ReplacementInfo><edXML:DocumentId>000.00.00.G22,2026/11/19,7800/VPCP-TTĐT</edXML:DocumentId>"
                        + "<edXML:OrganIdList><edXML:OrganId>000.00.00.H41</edXML:OrganId><edXML:OrganId>000.00.14.H20</edXML:OrganId>");
    }

    @Test
    void refusesWhatTheHubsStrictReaderWouldRefuse() {
        assertThatThrownBy(() -> DocumentBuilder.from("000.00.00.G22", null).code("1", "X")
                .promulgation("Hà Nội", LocalDate.now()).subject("s").build()).hasMessageContaining("MessageHeader/To");
        assertThatThrownBy(() -> builder().to("999.010.01.H22", null)).hasMessageContaining("NNN.NN.NN.LNN");
        assertThatThrownBy(() -> builder().subject(" ").build()).hasMessageContaining("MessageHeader/Subject");
        assertThatThrownBy(() -> builder().code(null, null).build()).hasMessageContaining("MessageHeader/Code");
        assertThatThrownBy(() -> builder().to("000.00.00.H41", "again").build()).hasMessageContaining("each recipient once");
        assertThatThrownBy(() -> builder().business(BusinessType.REVOKE, null, null).build()).hasMessageContaining("Bussiness/DocumentId");
    }

    @Test
    void refusesACharacterXmlCannotCarryInsteadOfDroppingIt() {
        assertThatThrownBy(() -> written(builder().subject("bell\u0007").build())).hasMessageContaining("U+0007");
    }

    @Test
    void keepsCharactersBeyondTheBasicPlaneAndWritesCarriageReturnsAsReferences() throws Exception {
        String xml = written(builder().content("a\r\nb 𠀀").build());

        assertThat(xml).contains("<edXML:Content>a&#xD;\nb 𠀀</edXML:Content>");
        assertThat(parse(xml).getElementsByTagNameNS(CanonicalXml.NAMESPACE, "Content").item(0).getTextContent()).isEqualTo("a\r\nb 𠀀");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
