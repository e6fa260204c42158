package vn.lienthong.client.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.client.testing.TestCms;
import vn.lienthong.client.testing.TestKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubSignaturesTest {

    private static final KeyPair HUB_KEY = TestKeys.ec();
    private static final X509Certificate HUB = TestKeys.certificate("CN=LienThong hub", HUB_KEY, "CN=LienThong hub", HUB_KEY.getPrivate(), false);

    @TempDir
    Path dir;

    private byte[] receiptFor(String sha256) throws Exception {
        String json = "{\"receipt\":\"acceptance\",\"hub\":\"LienThong\",\"documentId\":\"01a2\",\"packageSha256\":\"" + sha256 + "\"}";
        return TestCms.sign(json.getBytes(StandardCharsets.UTF_8), HUB_KEY, HUB, true);
    }

    @Test
    void aReceiptSignedByThePinnedHubCertificateIsReadAndMatchedToThePackage() throws Exception {
        Path pkg = Files.writeString(dir.resolve("p.edxml"), "<edXML/>");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pkg)));

        HubSignatures.Receipt receipt = new HubSignatures(HUB).receipt(receiptFor(sha), pkg);

        assertThat(receipt.documentId()).isEqualTo("01a2");
        assertThat(receipt.timestamped()).isFalse();
        assertThat(new HubSignatures(HUB).receipt(Base64.getEncoder().encode(receiptFor(sha))).packageSha256())
                .as("the base64 receipt field of the submit answer, saved as is").isEqualTo(sha);
    }

    @Test
    void aReceiptForOtherBytesIsRefused() throws Exception {
        Path pkg = Files.writeString(dir.resolve("p.edxml"), "<edXML/>");

        assertThatThrownBy(() -> new HubSignatures(HUB).receipt(receiptFor("ab".repeat(32)), pkg)).hasMessageContaining("not " + pkg);
    }

    @Test
    void aReceiptSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPair other = TestKeys.ec();
        X509Certificate otherCert = TestKeys.certificate("CN=LienThong hub", other, "CN=LienThong hub", other.getPrivate(), false);

        assertThatThrownBy(() -> new HubSignatures(otherCert).receipt(receiptFor("00"))).isInstanceOf(VerificationException.class);
    }

    @Test
    void aDirectoryAnswerIsCheckedAgainstItsDetachedSignature() throws Exception {
        byte[] body = "{\"events\":[],\"nextCursor\":4}".getBytes(StandardCharsets.UTF_8);
        String header = Base64.getEncoder().encodeToString(TestCms.sign(body, HUB_KEY, HUB, false));

        new HubSignatures(HUB).detached(body, header);
        byte[] altered = "{\"events\":[],\"nextCursor\":5}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new HubSignatures(HUB).detached(altered, header)).isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> new HubSignatures(HUB).detached(body, null)).hasMessageContaining("no Lienthong-Signature");
    }
}
