package vn.lienthong.signature.verification;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.testing.PackageSigning;
import vn.lienthong.signature.testing.TestPki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XML layer's own guards, which do what the JDK's secure validation did (for SHA-1 signatures
 * the sender's policy accepts too) and keep costly or forbidden content from ever being decoded.
 */
class XmlSignatureVerifierTest {

    private static String edxml;
    private static TestPki.Entry weak;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = XmlSignatureVerifierTest.class.getResourceAsStream("/edxml/document.edxml")) {
            edxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        weak = TestPki.selfSignedRsa("Khóa Ngắn", 512);
    }

    private static XmlSignatureCheck check(byte[] bytes, boolean acceptSha1) throws IOException {
        return new XmlSignatureVerifier().verify(() -> new ByteArrayInputStream(bytes), acceptSha1);
    }

    @Test
    void aSha1SignatureThePolicyAcceptsStillNeedsAKeyAsLongAsSecureValidationDemands() throws IOException {
        XmlSignatureCheck check = check(PackageSigning.signSha1(edxml, weak), true);
        assertThat(check.failureVerdict()).as("a 512-bit RSA key under SHA-1").isPresent();
        assertThat(check.failure().check()).isEqualTo(SignatureCheck.ALGORITHM);
        assertThat(check.failure().reasonEn()).contains("512 bits", "at least " + XmlSignatureVerifier.MIN_RSA_BITS);
    }

    @Test
    void aTooShortKeyIsAnAlgorithmRefusalUnderSha256Too() throws IOException {
        XmlSignatureCheck check = check(PackageSigning.sign(edxml, weak), false);
        assertThat(check.failure().check()).as(check.toString()).isEqualTo(SignatureCheck.ALGORITHM);
        assertThat(check.failure().reasonEn()).contains("512 bits");
    }

    @Test
    void aKeyOfSufficientLengthPassesWithSha1WhereAccepted() throws IOException {
        XmlSignatureCheck check = check(PackageSigning.signSha1(edxml, TestPki.selfSignedRsa("Khóa Đủ Dài", 2048)), true);
        assertThat(check.failureVerdict()).as(check.toString()).isEmpty();
        assertThat(check.algorithm()).isEqualTo("RSA-SHA1");
    }

    @Test
    void manyReferencesAreRefusedWithoutBeingRead() throws IOException {
        String signed = new String(PackageSigning.sign(edxml, TestPki.selfSignedRsa("Nhiều Tham Chiếu", 2048)), StandardCharsets.UTF_8);
        int start = signed.indexOf("<ds:Reference");
        int end = signed.indexOf("</ds:Reference>") + "</ds:Reference>".length();
        String reference = signed.substring(start, end);
        byte[] many = (signed.substring(0, end) + reference.repeat(39) + signed.substring(end)).getBytes(StandardCharsets.UTF_8);
        XmlSignatureCheck check = check(many, false);
        assertThat(check.failure().check()).isEqualTo(SignatureCheck.STRUCTURE);
        assertThat(check.failure().reasonEn()).contains("exactly one reference", "not 40");
    }

    @Test
    void aForbiddenDigestIsRefusedBeforeUnmarshalling() throws IOException {
        byte[] signed = PackageSigning.sign(edxml, TestPki.selfSignedRsa("Băm MD5", 2048));
        byte[] md5 = PackageSigning.tamper(signed, "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2001/04/xmldsig-more#md5");
        XmlSignatureCheck check = check(md5, false);
        assertThat(check.failure().check()).isEqualTo(SignatureCheck.ALGORITHM);
        assertThat(check.failure().reasonEn()).contains("xmldsig-more#md5");
    }

    @Test
    void sha1IsRefusedBeforeUnmarshallingWhereThePolicyRefusesIt() throws IOException {
        XmlSignatureCheck check = check(PackageSigning.signSha1(edxml, TestPki.selfSignedRsa("SHA1", 2048)), false);
        assertThat(check.failure().check()).isEqualTo(SignatureCheck.ALGORITHM);
        assertThat(check.failure().reasonEn()).contains("SHA-1");
    }
}
