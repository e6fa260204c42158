package vn.lienthong.signature.revocation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.credential.CertificateFingerprint;
import vn.lienthong.signature.policy.PolicyMode;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.policy.SignerBinding;
import vn.lienthong.signature.testing.PackageSigning;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.testing.TrustServices;
import vn.lienthong.signature.trust.CertificatePathValidator;
import vn.lienthong.signature.trust.TrustAnchors;
import vn.lienthong.signature.verification.PackageVerifier;
import vn.lienthong.signature.verification.SignatureCheck;
import vn.lienthong.signature.verification.SignatureOutcome;
import vn.lienthong.signature.verification.SignatureVerdict;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Revocation of certificates that name no OCSP responder and no CRL (no AIA, no CRLDP), told only
 * by the sources the operator configures per CA: a directory of CRL files, an OCSP responder in
 * place of the CA's, a CRL address refreshed once past its nextUpdate.
 */
class RevocationSourcesTest {

    private static final AgencyCode SENDER = AgencyCode.of("000.00.00.G22");
    private static final SignaturePolicy STRICT = new SignaturePolicy(PolicyMode.REQUIRE_VALID, false, RevocationFailure.HARD);

    @TempDir
    static Path dir;

    private static TestPki pki;
    private static TrustServices services;
    private static int port;
    private static String edxml;

    @BeforeAll
    static void startPki() throws Exception {
        port = freePort();
        pki = TestPki.create(port, freePort(), SENDER.value(), "000.00.00.G18");
        pki.save(dir);
        services = TrustServices.start(pki, port);
        try (InputStream in = RevocationSourcesTest.class.getResourceAsStream("/edxml/document.edxml")) {
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

    private static String ocspOverride() {
        return TestPki.OVERRIDE_CA + "=http://127.0.0.1:" + port + "/ocsp";
    }

    private static String crlUrl() {
        return TestPki.REFRESH_CA + "=http://127.0.0.1:" + port + "/refresh-ca.crl";
    }

    private static RevocationChecker checker(RevocationSources sources) {
        return new RevocationChecker(sources, Duration.ofSeconds(2), Duration.ofMinutes(10), Clock.systemUTC());
    }

    private static RevocationStatus status(RevocationChecker checker, String alias) {
        TestPki.Entry signer = pki.get(alias);
        return checker.check(List.of(signer.certificate(), signer.chain().get(1), pki.get("root").certificate()));
    }

    private static SignatureVerdict verify(RevocationSources sources, String alias) {
        PackageVerifier verifier = new PackageVerifier(
                new CertificatePathValidator(TrustAnchors.of(List.of(pki.get("root").certificate())), Duration.ofMinutes(10)),
                checker(sources), (X509Certificate c, AgencyCode a) -> SignerBinding.subjectHas(c, "OU=" + a.value()), Clock.systemUTC());
        byte[] signed = PackageSigning.sign(edxml, pki.get(alias));
        return verifier.verify(() -> new ByteArrayInputStream(signed), true, SENDER, STRICT);
    }

    @Test
    void certificatesNamingNoSourceAreIndeterminateWithoutConfiguration() {
        for (String alias : List.of("offline-good", "offline-revoked", "override-good", "refresh-signer")) {
            assertThat(CertificateAddresses.ocspUrls(pki.get(alias).certificate())).isEmpty();
            assertThat(CertificateAddresses.crlUrls(pki.get(alias).certificate())).isEmpty();
            SignatureVerdict verdict = verify(RevocationSources.none(), alias);
            assertThat(verdict.outcome()).as(alias + ": " + verdict).isEqualTo(SignatureOutcome.INDETERMINATE);
            assertThat(verdict.reasonEn()).contains("names no OCSP responder and no CRL");
        }
    }

    @Test
    void aCrlFileOfTheIssuerTellsRevokedFromGood() {
        RevocationSources sources = RevocationSources.parse("", "", dir.resolve("crls").toString(), Clock.systemUTC());
        SignatureVerdict good = verify(sources, "offline-good");
        assertThat(good.outcome()).as(good.toString()).isEqualTo(SignatureOutcome.VALID);
        SignatureVerdict revoked = verify(sources, "offline-revoked");
        assertThat(revoked.outcome()).isEqualTo(SignatureOutcome.INVALID);
        assertThat(revoked.check()).isEqualTo(SignatureCheck.CERTIFICATE_REVOKED);
        assertThat(revoked.reasonEn()).contains("CRL file offline-ca.crl");
    }

    @Test
    void aCrlFilePastItsNextUpdateIsNoAnswer() throws Exception {
        Path stale = Files.createDirectories(dir.resolve("stale-crls"));
        Instant now = Instant.now();
        Files.write(stale.resolve("root.crl"), pki.crl("root", List.of(), now, now.plus(Duration.ofDays(1))));
        Files.write(stale.resolve("offline-ca.pem"), ("-----BEGIN X509 CRL-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pki.crl("offline-ca", TestPki.REVOKED,
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3))))
                + "\n-----END X509 CRL-----\n").getBytes(StandardCharsets.US_ASCII));
        RevocationStatus status = status(checker(RevocationSources.parse("", "", stale.toString(), Clock.systemUTC())), "offline-good");
        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
        assertThat(status.detail()).contains("offline-ca.pem", "stale");
    }

    @Test
    void aFileThatIsNotACrlIsSkippedAndTheOthersStillCount() throws Exception {
        Path mixed = Files.createDirectories(dir.resolve("mixed-crls"));
        Files.copy(dir.resolve("crls/root.crl"), mixed.resolve("root.crl"));
        Files.copy(dir.resolve("crls/offline-ca.crl"), mixed.resolve("offline-ca.crl"));
        Files.writeString(mixed.resolve("README.txt"), "CRLs of the CAs the hub cannot reach");
        RevocationChecker checker = checker(RevocationSources.parse("", "", mixed.toString(), Clock.systemUTC()));
        assertThat(status(checker, "offline-revoked").state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status(checker, "offline-good").state()).isEqualTo(RevocationStatus.State.GOOD);
    }

    @Test
    void anOcspResponderConfiguredForTheIssuerTellsRevokedFromGood() {
        RevocationSources sources = RevocationSources.parse(ocspOverride(), "", dir.resolve("crls").toString(), Clock.systemUTC());
        SignatureVerdict good = verify(sources, "override-good");
        assertThat(good.outcome()).as(good.toString()).isEqualTo(SignatureOutcome.VALID);
        SignatureVerdict revoked = verify(sources, "override-revoked");
        assertThat(revoked.check()).as(revoked.toString()).isEqualTo(SignatureCheck.CERTIFICATE_REVOKED);
        assertThat(revoked.reasonEn()).contains("OCSP");
    }

    @Test
    void theIssuerMayBeNamedByTheFingerprintOfItsCertificate() {
        String fingerprint = CertificateFingerprint.of(pki.get("override-ca").certificate()).value().toUpperCase();
        RevocationSources sources = RevocationSources.parse(fingerprint + " = http://127.0.0.1:" + port + "/ocsp ;", "",
                dir.resolve("crls").toString(), Clock.systemUTC());
        assertThat(status(checker(sources), "override-revoked").state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status(checker(sources), "override-good").state()).isEqualTo(RevocationStatus.State.GOOD);
    }

    @Test
    void aConfiguredResponderReplacesTheOneTheCertificateNames() {
        // "ocsp-down" names a port where nothing listens; the operator points its CA at the live responder.
        String intermediate = "LienThong Test Signing CA=http://127.0.0.1:" + port + "/ocsp";
        TestPki.Entry signer = pki.get("ocsp-down");
        RevocationStatus status = checker(RevocationSources.parse(intermediate, "", "", Clock.systemUTC()))
                .check(signer.certificate(), signer.chain().get(1));
        assertThat(status.state()).as(String.valueOf(status.detail())).isEqualTo(RevocationStatus.State.GOOD);
        assertThat(status.source()).isEqualTo("ocsp");
    }

    @Test
    void aConfiguredCrlIsFetchedAgainOncePastItsNextUpdate() throws Exception {
        RevocationChecker checker = checker(RevocationSources.parse("", crlUrl(), dir.resolve("crls").toString(), Clock.systemUTC()));
        try {
            int before = services.refreshCrlRequests();
            assertThat(status(checker, "refresh-signer").state()).isEqualTo(RevocationStatus.State.GOOD);
            services.revoke("refresh-signer");
            // Still the CRL fetched above: it is current until its nextUpdate.
            assertThat(status(checker, "refresh-signer").state()).isEqualTo(RevocationStatus.State.GOOD);
            assertThat(services.refreshCrlRequests()).isEqualTo(before + 1);
            Thread.sleep(TrustServices.REFRESH_CRL_VALIDITY.plusMillis(500).toMillis());
            RevocationStatus after = status(checker, "refresh-signer");
            assertThat(after.state()).isEqualTo(RevocationStatus.State.REVOKED);
            assertThat(after.detail()).contains("CRL");
            assertThat(services.refreshCrlRequests()).isEqualTo(before + 2);
        } finally {
            services.reinstate("refresh-signer");
        }
    }

    @Test
    void unreadableSettingsNameTheSettingAndThePair() {
        assertThatThrownBy(() -> RevocationSources.parse("LienThong CA ocsp.example.vn", "", "", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.signature.revocation.ocsp-responders").hasMessageContaining("LienThong CA ocsp.example.vn");
        assertThatThrownBy(() -> RevocationSources.parse("", "=http://crl.example.vn/ca.crl", "", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lienthong.signature.revocation.crl-urls");
        assertThatThrownBy(() -> RevocationSources.parse("", "", dir.resolve("no-such-directory").toString(), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-directory");
    }
}
