package vn.lienthong.it.signature;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.signature.testing.PackageSigning;
import vn.lienthong.signature.testing.SignedPdfs;
import vn.lienthong.signature.testing.TestPki;

import java.io.IOException;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages whose attachment is a signed PDF, against the running hub: the signatures inside the PDF
 * are verified and reported per attachment to the recipient and the sender, and never decide
 * whether the package is accepted.
 */
@ExtendWith(SignatureServices.class)
class PdfSignatureIT {

    private static final String SECRET = "signature-it-secret";
    private static final String RECIPIENT = "000.00.01.G18";
    /** The attachment every test package carries (Packages), replaced here by a PDF made for the case. */
    private static final String DEFAULT_ATTACHMENT =
            "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==";

    private final AgencyClient sender = Hub.as(SignatureServices.SENDER, SECRET);
    private final AgencyClient recipient = Hub.as(RECIPIENT);
    private final TestPki pki = SignatureServices.pki();

    @BeforeAll
    static void registerTheSenderAndItsSigners() {
        AgencyClient admin = Hub.admin();
        HubResponse added = admin.postJson("/api/v1/admin/agencies", """
                {"code":"%s","name":"Đơn vị thử chữ ký số %s","parentCode":"000.00.00.G18","secret":"%s"}"""
                .formatted(SignatureServices.SENDER, SignatureServices.SENDER, SECRET));
        assertThat(added.status()).as(added.toString()).isIn(201, 409);
        HubResponse byAttribute = admin.postJson("/api/v1/admin/signatures/" + SignatureServices.SENDER + "/signers",
                "{\"subjectAttribute\":\"OU=" + SignatureServices.SENDER + "\"}");
        assertThat(byAttribute.status()).as(byAttribute.toString()).isIn(200, 201, 409);
    }

    private void policy(String mode) {
        HubResponse set = Hub.admin().putJson("/api/v1/admin/signatures/" + sender.code() + "/policy",
                "{\"mode\":\"%s\",\"acceptSha1\":false,\"revocationFailure\":\"HARD\"}".formatted(mode));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private String documentWithAttachment(byte[] pdf) {
        String xml = Packages.document(sender.code(), RECIPIENT).xml();
        assertThat(xml).contains(DEFAULT_ATTACHMENT);
        return xml.replace(DEFAULT_ATTACHMENT, Base64.getEncoder().encodeToString(pdf));
    }

    @Test
    void theRecipientSeesTheValidSignatureOfTheSignedPdfAttachment() throws IOException {
        policy("ACCEPT_UNSIGNED");
        byte[] pdf = SignedPdfs.signedBy(pki.get("rsa-signer"));

        HubResponse sent = sender.postXml("/api/v1/documents", documentWithAttachment(pdf).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String id = sent.json().getString("documentId");

        JsonObject signature = recipient.awaitInInbox(id).getJsonObject("signature");
        assertThat(signature.getString("verdict")).isEqualTo("UNSIGNED");
        JsonObject attachment = signature.getJsonArray("attachments").getJsonObject(0);
        assertThat(attachment.getString("name")).isEqualTo("vanban.pdf");
        JsonObject pdfSignature = attachment.getJsonArray("signatures").getJsonObject(0);
        assertThat(pdfSignature.getString("verdict")).isEqualTo("VALID");
        assertThat(pdfSignature.getBoolean("coversWholeDocument")).isTrue();
        assertThat(pdfSignature.getString("signer")).contains("OU=" + sender.code());
        assertThat(pdfSignature.getString("signingTime")).isNotBlank();
        assertThat(sender.sent(id).getJsonObject("signature").getJsonArray("attachments")).hasSize(1);
    }

    @Test
    void anUntrustedPdfSignatureIsReportedButDoesNotRefuseAValidlySignedPackage() throws IOException {
        policy("REQUIRE_VALID");
        byte[] pdf = SignedPdfs.signedBy(pki.get("untrusted-signer"));

        HubResponse sent = sender.postXml("/api/v1/documents",
                PackageSigning.sign(documentWithAttachment(pdf), pki.get("rsa-signer")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
        String id = sent.json().getString("documentId");

        JsonObject pdfSignature = recipient.awaitInInbox(id).getJsonObject("signature").getJsonArray("attachments")
                .getJsonObject(0).getJsonArray("signatures").getJsonObject(0);
        assertThat(pdfSignature.getString("verdict")).isEqualTo("INVALID");
        assertThat(pdfSignature.getString("reason")).contains("trusted");
        assertThat(pdfSignature.getString("reasonVi")).isNotBlank();
    }
}
