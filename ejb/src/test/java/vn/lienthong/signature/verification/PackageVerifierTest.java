package vn.lienthong.signature.verification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.policy.PolicyMode;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.policy.SignerBinding;
import vn.lienthong.signature.revocation.RevocationChecker;
import vn.lienthong.signature.revocation.RevocationFailure;
import vn.lienthong.signature.testing.PackageSigning;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.testing.TrustServices;
import vn.lienthong.signature.trust.CertificatePathValidator;
import vn.lienthong.signature.trust.TrustAnchors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole verification against a real test CA with its OCSP responder and CRLs on loopback:
 * one case per verdict the issue lists.
 */
class PackageVerifierTest {

    private static final AgencyCode SENDER = AgencyCode.of("000.00.00.G22");
    private static final AgencyCode OTHER = AgencyCode.of("000.00.00.G18");
    private static final SignaturePolicy STRICT = new SignaturePolicy(PolicyMode.REQUIRE_VALID, false, RevocationFailure.HARD);
    private static final SignaturePolicy SHA1_OK = new SignaturePolicy(PolicyMode.REQUIRE_VALID, true, RevocationFailure.HARD);

    private static TestPki pki;
    private static TrustServices services;
    private static String edxml;

    @BeforeAll
    static void startPki() throws Exception {
        int port = freePort();
        pki = TestPki.create(port, freePort(), SENDER.value(), OTHER.value());
        services = TrustServices.start(pki, port);
        try (InputStream in = PackageVerifierTest.class.getResourceAsStream("/edxml/document.edxml")) {
            edxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopPki() {
        services.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private PackageVerifier verifier() {
        RevocationChecker revocation = new RevocationChecker(Duration.ofSeconds(2), Duration.ofMinutes(10), Clock.systemUTC());
        // Agency signers carry OU=<agency code>: bind by that attribute, as an administrator would.
        return new PackageVerifier(new CertificatePathValidator(TrustAnchors.of(List.of(pki.get("root").certificate())), Duration.ofMinutes(10)), revocation,
                (X509Certificate c, AgencyCode a) -> SignerBinding.subjectHas(c, "OU=" + a.value()), Clock.systemUTC());
    }

    private SignatureVerdict verify(byte[] bytes, SignaturePolicy policy) {
        return verifier().verify(() -> new ByteArrayInputStream(bytes), true, SENDER, policy);
    }

    @Test
    void acceptsRsaSha256SignatureOfTheSender() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("rsa-signer")), STRICT);
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureOutcome.VALID);
        assertThat(verdict.signer().algorithm()).isEqualTo("RSA-SHA256");
        assertThat(verdict.signer().subject()).contains("OU=" + SENDER.value());
    }

    @Test
    void acceptsEcdsaSignature() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("ec-signer")), STRICT);
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureOutcome.VALID);
        assertThat(verdict.signer().algorithm()).isEqualTo("ECDSA-SHA256");
    }

    @Test
    void sha1IsRefusedOrAcceptedAsThePolicySays() {
        byte[] sha1 = PackageSigning.signSha1(edxml, pki.get("rsa-signer"));
        SignatureVerdict refused = verify(sha1, STRICT);
        assertThat(refused.outcome()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(refused.check()).isEqualTo(SignatureCheck.ALGORITHM);
        SignatureVerdict accepted = verify(sha1, SHA1_OK);
        assertThat(accepted.outcome()).as(accepted.toString()).isEqualTo(SignatureOutcome.VALID);
        assertThat(accepted.signer().algorithm()).isEqualTo("RSA-SHA1");
    }

    @Test
    void headerChangedAfterSigningFailsTheDigest() {
        byte[] signed = PackageSigning.sign(edxml, pki.get("rsa-signer"));
        SignatureVerdict verdict = verify(PackageSigning.tamper(signed, "Nghệ An", "Hà Tĩnh"), STRICT);
        assertThat(verdict.check()).as(verdict.toString()).isEqualTo(SignatureCheck.DIGEST);
    }

    @Test
    void attachmentChangedAfterSigningFailsTheDigest() {
        byte[] signed = PackageSigning.sign(edxml, pki.get("rsa-signer"));
        SignatureVerdict verdict = verify(PackageSigning.tamper(signed, "JVBERi0xLjQK", "JVBERi0xLjUK"), STRICT);
        assertThat(verdict.check()).as(verdict.toString()).isEqualTo(SignatureCheck.DIGEST);
    }

    @Test
    void strippedSignatureIsUnsigned() {
        byte[] stripped = PackageSigning.stripSignature(PackageSigning.sign(edxml, pki.get("rsa-signer")));
        SignatureVerdict verdict = verifier().verify(() -> new ByteArrayInputStream(stripped), false, SENDER, STRICT);
        assertThat(verdict.outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
    }

    @Test
    void certificateOfAnUntrustedRootIsRefused() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("untrusted-signer")), STRICT);
        assertThat(verdict.check()).as(verdict.toString()).isEqualTo(SignatureCheck.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void expiredCertificateIsRefused() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("expired")), STRICT);
        assertThat(verdict.check()).as(verdict.toString()).isEqualTo(SignatureCheck.CERTIFICATE_EXPIRED);
    }

    @Test
    void certificateRevokedByOcspIsRefused() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("revoked-ocsp")), STRICT);
        assertThat(verdict.check()).as(verdict.toString()).isEqualTo(SignatureCheck.CERTIFICATE_REVOKED);
        assertThat(verdict.reasonEn()).contains("OCSP");
    }

    @Test
    void certificateRevokedByCrlIsRefused() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("revoked-crl")), STRICT);
        assertThat(verdict.check()).as(verdict.toString()).isEqualTo(SignatureCheck.CERTIFICATE_REVOKED);
        assertThat(verdict.reasonEn()).contains("CRL");
    }

    @Test
    void unreachableOcspResponderMakesTheVerdictIndeterminate() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("ocsp-down")), STRICT);
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureOutcome.INDETERMINATE);
        assertThat(verdict.check()).isEqualTo(SignatureCheck.REVOCATION_UNKNOWN);
    }

    @Test
    void signerOfAnotherAgencyIsRefused() {
        SignatureVerdict verdict = verify(PackageSigning.sign(edxml, pki.get("other-agency")), STRICT);
        assertThat(verdict.check()).as(verdict.toString()).isEqualTo(SignatureCheck.SIGNER_BINDING);
    }

    @Test
    void ocspAnswersAreCachedPerCertificate() {
        PackageVerifier verifier = verifier();
        byte[] signed = PackageSigning.sign(edxml, pki.get("ec-signer"));
        verifier.verify(() -> new ByteArrayInputStream(signed), true, SENDER, STRICT);
        int asked = services.ocspRequests();
        SignatureVerdict again = verifier.verify(() -> new ByteArrayInputStream(signed), true, SENDER, STRICT);
        assertThat(again.outcome()).isEqualTo(SignatureOutcome.VALID);
        assertThat(services.ocspRequests()).isEqualTo(asked);
    }

    @Test
    void aSecondSignatureAnywhereInThePackageIsRefused() {
        // The first signature is the sender's and valid; the second, nested where the first does not
        // cover it, is another agency's and verifies too. One verdict cannot speak for both signers.
        byte[] twice = PackageSigning.signAgainInside(PackageSigning.sign(edxml, pki.get("rsa-signer")), pki.get("other-agency"));
        SignatureVerdict verdict = verify(twice, STRICT);
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(verdict.check()).isEqualTo(SignatureCheck.STRUCTURE);
        assertThat(verdict.reasonEn()).contains("2 XML signatures", "exactly one");
    }

    @Test
    void aStatusPackageIsVerifiedLikeADocument() throws IOException {
        String status;
        try (InputStream in = PackageVerifierTest.class.getResourceAsStream("/edxml/status.edxml")) {
            status = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] signed = PackageSigning.sign(status, pki.get("rsa-signer"));
        assertThat(verify(signed, STRICT).outcome()).isEqualTo(SignatureOutcome.VALID);
        SignatureVerdict tampered = verify(PackageSigning.tamper(signed, "<edXML:StatusCode>03<", "<edXML:StatusCode>06<"), STRICT);
        assertThat(tampered.check()).as(tampered.toString()).isEqualTo(SignatureCheck.DIGEST);
    }
}
