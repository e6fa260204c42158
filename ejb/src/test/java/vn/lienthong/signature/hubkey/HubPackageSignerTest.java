package vn.lienthong.signature.hubkey;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.policy.PolicyMode;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.revocation.RevocationChecker;
import vn.lienthong.signature.revocation.RevocationFailure;
import vn.lienthong.signature.trust.CertificatePathValidator;
import vn.lienthong.signature.trust.TrustAnchors;
import vn.lienthong.signature.verification.PackageOrigin;
import vn.lienthong.signature.verification.PackageVerifier;
import vn.lienthong.signature.verification.SignatureCheck;
import vn.lienthong.signature.verification.SignatureOutcome;
import vn.lienthong.signature.verification.SignatureVerdict;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages the hub originates in an agency's name are signed with the hub's (self-signed development)
 * key and get a verdict of their own, HUB_SIGNED, on the hub's internal path; the same signature on
 * a package an agency sends is refused, and nobody else's key gains anything from the hub's name.
 */
class HubPackageSignerTest {

    private static final AgencyCode SENDER = AgencyCode.of("000.00.10.H20");
    private static final SignaturePolicy STRICT = new SignaturePolicy(PolicyMode.REQUIRE_VALID, false, RevocationFailure.HARD);

    @TempDir
    static Path dir;

    private static HubKey hub;
    private static HubKey impostor;
    private static byte[] edxml;

    @BeforeAll
    static void keys() throws Exception {
        hub = HubKey.generate(dir.resolve("hub.p12"), "secret".toCharArray(), "hub", "CN=LienThong hub test, O=LienThong, C=VN");
        impostor = HubKey.generate(dir.resolve("other.p12"), "secret".toCharArray(), "hub", "CN=LienThong hub test, O=LienThong, C=VN");
        try (InputStream in = HubPackageSignerTest.class.getResourceAsStream("/edxml/document.edxml")) {
            edxml = in.readAllBytes();
        }
    }

    private static PackageVerifier verifier(Optional<X509Certificate> hubCertificate, Clock clock) {
        // No trust anchor and no binding at all: only the hub rule can make a signature acceptable here.
        return new PackageVerifier(new CertificatePathValidator(TrustAnchors.none(), Duration.ofMinutes(10)),
                new RevocationChecker(Duration.ofSeconds(1), Duration.ofMinutes(1), clock),
                (c, a) -> false, clock, hubCertificate);
    }

    private static SignatureVerdict verify(byte[] bytes, Optional<X509Certificate> hubCertificate) {
        return verifier(hubCertificate, Clock.systemUTC()).verify(() -> new ByteArrayInputStream(bytes), true, SENDER, STRICT,
                PackageOrigin.HUB);
    }

    @Test
    void aPackageTheHubOriginatedIsHubSignedForAnySender() {
        SignatureVerdict verdict = verify(HubPackageSigner.sign(edxml, hub), Optional.of(hub.certificate()));
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureOutcome.HUB_SIGNED);
        assertThat(verdict.signer().subject()).isEqualTo(hub.certificate().getSubjectX500Principal().getName());
        assertThat(verdict.signer().algorithm()).isEqualTo("ECDSA-SHA256");
    }

    @Test
    void theHubKeyIsNoAgencysSignerOnAPackageAnAgencySends() {
        byte[] signed = HubPackageSigner.sign(edxml, hub);
        // Even where an administrator bound the hub certificate to the agency.
        PackageVerifier verifier = new PackageVerifier(new CertificatePathValidator(TrustAnchors.of(java.util.List.of(hub.certificate())),
                Duration.ofMinutes(10)), new RevocationChecker(Duration.ofSeconds(1), Duration.ofMinutes(1), Clock.systemUTC()),
                (c, a) -> true, Clock.systemUTC(), Optional.of(hub.certificate()));
        SignatureVerdict verdict = verifier.verify(() -> new ByteArrayInputStream(signed), true, SENDER, STRICT);
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(verdict.check()).isEqualTo(SignatureCheck.SIGNER_BINDING);
        assertThat(verdict.reasonEn()).contains("hub's own key");
    }

    @Test
    void anExpiredHubCertificateSignsNothingEvenOnTheHubsOwnPath() {
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(3660));
        byte[] signed = HubPackageSigner.sign(edxml, hub);
        SignatureVerdict verdict = verifier(Optional.of(hub.certificate()), later)
                .verify(() -> new ByteArrayInputStream(signed), true, SENDER, STRICT, PackageOrigin.HUB);
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(verdict.check()).isEqualTo(SignatureCheck.CERTIFICATE_EXPIRED);
    }

    @Test
    void anotherKeyWithTheSameNameGainsNothing() {
        SignatureVerdict verdict = verify(HubPackageSigner.sign(edxml, impostor), Optional.of(hub.certificate()));
        assertThat(verdict.outcome()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(verdict.check()).isEqualTo(SignatureCheck.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void withoutTheHubRuleTheSelfSignedHubCertificateIsUntrusted() {
        SignatureVerdict verdict = verify(HubPackageSigner.sign(edxml, hub), Optional.empty());
        assertThat(verdict.outcome()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(verdict.check()).isEqualTo(SignatureCheck.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void aChangeAfterSigningBreaksTheHubSignatureToo() {
        String signed = new String(HubPackageSigner.sign(edxml, hub), StandardCharsets.UTF_8);
        byte[] changed = signed.replaceFirst("<edXML:Subject>", "<edXML:Subject>X").getBytes(StandardCharsets.UTF_8);
        SignatureVerdict verdict = verify(changed, Optional.of(hub.certificate()));
        assertThat(verdict.outcome()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(verdict.check()).isEqualTo(SignatureCheck.DIGEST);
    }
}
