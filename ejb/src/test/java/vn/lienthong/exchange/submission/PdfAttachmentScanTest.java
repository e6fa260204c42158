package vn.lienthong.exchange.submission;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlNames;
import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.pdf.PdfSignatureResult;
import vn.lienthong.signature.pdf.PdfSignatureVerifier;
import vn.lienthong.signature.testing.SignedPdfs;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.trust.CertificatePathValidator;
import vn.lienthong.signature.trust.TrustAnchors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfAttachmentScanTest {

    private static TestPki pki;

    @TempDir
    Path scratch;

    @BeforeAll
    static void createPki() throws Exception {
        pki = TestPki.create(1, 2, "000.00.00.G22", "000.00.00.G18");
    }

    @Test
    void each_pdf_attachment_is_reported_by_name_and_other_attachments_are_left_out() throws Exception {
        String pkg = document(
                attachment("note.txt", "text/plain", "just text".getBytes(StandardCharsets.UTF_8))
                        + attachment("signed.pdf", "application/pdf", SignedPdfs.signedBy(pki.get("rsa-signer")))
                        + attachment("scan.bin", "application/octet-stream", SignedPdfs.unsigned()));

        List<PdfAttachmentSignatures> found = scan(pkg);

        assertThat(found).extracting(PdfAttachmentSignatures::attachmentName).containsExactly("signed.pdf", "scan.bin");
        assertThat(found).extracting(PdfAttachmentSignatures::index).containsExactly(1, 2);
        assertThat(found.get(0).signatures()).singleElement()
                .extracting(PdfSignatureResult::outcome).isEqualTo(PdfSignatureResult.Outcome.VALID);
        assertThat(found.get(1).signatures()).isEmpty();
    }

    @Test
    void the_scratch_copies_of_the_attachments_are_deleted() throws Exception {
        scan(document(attachment("signed.pdf", "application/pdf", SignedPdfs.signedBy(pki.get("rsa-signer")))));

        try (var left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
    }

    private List<PdfAttachmentSignatures> scan(String pkg) throws Exception {
        PdfSignatureVerifier verifier = new PdfSignatureVerifier(
                new CertificatePathValidator(TrustAnchors.of(List.of(pki.get("root").certificate())), Duration.ZERO),
                Clock.systemUTC());
        return new PdfAttachmentScan(EdxmlLimits.DEFAULT, verifier, scratch)
                .scan(new ByteArrayInputStream(pkg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String attachment(String name, String contentType, byte[] bytes) {
        return "<Attachment><ContentId>cid:" + name + "</ContentId><AttachmentName>" + name
                + "</AttachmentName><ContentType>" + contentType + "</ContentType><ContentTransferEncoded>"
                + Base64.getEncoder().encodeToString(bytes) + "</ContentTransferEncoded></Attachment>";
    }

    private static String document(String attachments) {
        StringBuilder manifest = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<ContentId>([^<]+)</ContentId>").matcher(attachments);
        while (m.find()) {
            manifest.append("<Reference><ContentId>").append(m.group(1)).append("</ContentId></Reference>");
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
}
