package vn.lienthong.it.signature;

import jakarta.json.JsonObject;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.signature.hubkey.HubKey;
import vn.lienthong.signature.hubkey.ReceiptVerifier;
import vn.lienthong.signature.testing.PackageSigning;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.testing.TrustServices;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Signed packages against the running hub, with a real test CA, OCSP responder, CRLs and TSA on
 * loopback: every verdict of the issue, what recipients see, and the receipts the sender gets.
 * The sending agency's policy is set by an administrator at the start of each case.
 */
@ExtendWith(SignatureServices.class)
class SignatureIT {

    private static final String SECRET = "signature-it-secret";
    private static final String RECIPIENT = "000.00.01.G18";

    private final AgencyClient sender = Hub.as(SignatureServices.SENDER, SECRET);
    private final AgencyClient recipient = Hub.as(RECIPIENT);
    private final TestPki pki = SignatureServices.pki();

    @BeforeAll
    static void registerAgenciesAndTheirSigners() {
        SignatureServices.registerSigningAgencies(SECRET);
    }

    private void policy(String mode, boolean acceptSha1, String revocationFailure) {
        HubResponse set = Hub.admin().putJson("/api/v1/admin/signatures/" + sender.code() + "/policy",
                "{\"mode\":\"%s\",\"acceptSha1\":%s,\"revocationFailure\":\"%s\"}".formatted(mode, acceptSha1, revocationFailure));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private void strict() {
        policy("REQUIRE_VALID", false, "HARD");
    }

    private String document() {
        return Packages.document(sender.code(), RECIPIENT).xml();
    }

    private HubResponse send(byte[] bytes) {
        return sender.postXml("/api/v1/documents", bytes);
    }

    @Test
    void validRsaSha256PackageIsAcceptedAndRecipientsSeeTheVerdict() {
        strict();
        HubResponse sent = send(PackageSigning.sign(document(), pki.get("rsa-signer")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonObject signature = sent.json().getJsonObject("signature");
        assertThat(signature.getString("verdict")).isEqualTo("VALID");
        assertThat(signature.getJsonObject("signer").getString("algorithm")).isEqualTo("RSA-SHA256");
        String id = sent.json().getString("documentId");

        JsonObject inboxItem = recipient.awaitInInbox(id);
        assertThat(inboxItem.getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
        assertThat(inboxItem.getJsonObject("signature").getJsonObject("signer").getString("subject"))
                .contains("OU=" + sender.code());
        assertThat(sender.sent(id).getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
    }

    @Test
    void validEcdsaPackageIsAccepted() {
        strict();
        HubResponse sent = send(PackageSigning.sign(document(), pki.get("ec-signer")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().getJsonObject("signature").getJsonObject("signer").getString("algorithm")).isEqualTo("ECDSA-SHA256");
    }

    @Test
    void sha1SignatureIsRefusedUnlessThePolicyAcceptsIt() {
        strict();
        assertRefused(send(PackageSigning.signSha1(document(), pki.get("rsa-signer"))), 422, "SIGNATURE_ALGORITHM_REFUSED");
        policy("REQUIRE_VALID", true, "HARD");
        HubResponse accepted = send(PackageSigning.signSha1(document(), pki.get("rsa-signer")));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().getJsonObject("signature").getJsonObject("signer").getString("algorithm")).isEqualTo("RSA-SHA1");
    }

    @Test
    void headerChangedAfterSigningIsRefused() {
        strict();
        byte[] signed = PackageSigning.sign(document(), pki.get("rsa-signer"));
        assertRefused(send(PackageSigning.tamper(signed, "Chánh Văn phòng", "Chủ tịch")), 422, "SIGNATURE_INVALID");
    }

    @Test
    void attachmentChangedAfterSigningIsRefused() {
        strict();
        byte[] signed = PackageSigning.sign(document(), pki.get("rsa-signer"));
        assertRefused(send(PackageSigning.tamper(signed, "JVBERi0xLjQK", "JVBERi0xLjUK")), 422, "SIGNATURE_INVALID");
    }

    @Test
    void strippedSignatureIsRefusedUnderRequireValidAndRecordedUnderAcceptUnsigned() {
        strict();
        byte[] stripped = PackageSigning.stripSignature(PackageSigning.sign(document(), pki.get("rsa-signer")));
        assertRefused(send(stripped), 422, "SIGNATURE_REQUIRED");
        policy("ACCEPT_UNSIGNED", false, "HARD");
        HubResponse accepted = send(stripped);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().getJsonObject("signature").getString("verdict")).isEqualTo("UNSIGNED");
    }

    @Test
    void certificateOfAnUntrustedRootIsRefused() {
        strict();
        assertRefused(send(PackageSigning.sign(document(), pki.get("untrusted-signer"))), 422, "CERTIFICATE_UNTRUSTED");
    }

    @Test
    void expiredCertificateIsRefused() {
        strict();
        assertRefused(send(PackageSigning.sign(document(), pki.get("expired"))), 422, "CERTIFICATE_EXPIRED");
    }

    @Test
    void certificateRevokedByOcspIsRefused() {
        strict();
        HubResponse refused = send(PackageSigning.sign(document(), pki.get("revoked-ocsp")));
        assertRefused(refused, 422, "CERTIFICATE_REVOKED");
        assertThat(refused.json().getString("detail")).contains("OCSP");
    }

    @Test
    void certificateRevokedByCrlIsRefused() {
        strict();
        HubResponse refused = send(PackageSigning.sign(document(), pki.get("revoked-crl")));
        assertRefused(refused, 422, "CERTIFICATE_REVOKED");
        assertThat(refused.json().getString("detail")).contains("CRL");
    }

    @Test
    void ocspDownIsIndeterminateUnderSoftFailAndRefusedUnderHardFail() {
        strict();
        byte[] signed = PackageSigning.sign(document(), pki.get("ocsp-down"));
        assertRefused(send(signed), 422, "SIGNATURE_INDETERMINATE");
        policy("REQUIRE_VALID", false, "SOFT");
        HubResponse accepted = send(signed);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        JsonObject signature = accepted.json().getJsonObject("signature");
        assertThat(signature.getString("verdict")).isEqualTo("INDETERMINATE");
        assertThat(signature.getString("check")).isEqualTo("REVOCATION_UNKNOWN");
        assertThat(recipient.awaitInInbox(accepted.json().getString("documentId")).getJsonObject("signature")
                .getString("verdict")).isEqualTo("INDETERMINATE");
    }

    @Test
    void signerOfAnotherAgencyIsRefused() {
        strict();
        assertRefused(send(PackageSigning.sign(document(), pki.get("other-agency"))), 403, "SIGNER_NOT_OF_SENDER");
    }

    @Test
    void refusedPackageLeavesNothingBehind() {
        strict();
        Packages.Document doc = Packages.document(sender.code(), RECIPIENT);
        assertRefused(send(PackageSigning.sign(doc.xml(), pki.get("revoked-ocsp"))), 422, "CERTIFICATE_REVOKED");
        // The same document, now properly signed, is new to the hub: not a replay of anything stored.
        HubResponse accepted = send(PackageSigning.sign(doc.xml(), pki.get("rsa-signer")));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void acceptanceAndDeliveryReceiptsVerifyWithTheHubCertificate() throws Exception {
        strict();
        byte[] signed = PackageSigning.sign(document(), pki.get("rsa-signer"));
        HubResponse sent = send(signed);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String id = sent.json().getString("documentId");
        X509Certificate hub = hubCertificate();

        byte[] receipt = Base64.getDecoder().decode(sent.json().getString("receipt"));
        ReceiptVerifier.Verified acceptance = ReceiptVerifier.verify(receipt, hub, null);
        assertThat(acceptance.text()).contains("\"receipt\":\"acceptance\"", "\"documentId\":\"" + id + "\"",
                "\"packageSha256\":\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed)) + "\"",
                "\"sender\":\"" + sender.code() + "\"", "\"recipients\":[\"" + RECIPIENT + "\"]");
        assertThat(sent.json().getBoolean("receiptTimestamped")).isTrue();
        assertThat(acceptance.timestamp()).as("RFC 3161 time from the test TSA").isPresent();

        HubResponse again = sender.get("/api/v1/receipts/" + id);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(receipt);
        assertThat(recipient.get("/api/v1/receipts/" + id).status()).isEqualTo(403);

        String delivery = "/api/v1/receipts/" + id + "/deliveries/" + RECIPIENT;
        recipient.awaitInInbox(id);
        assertRefused(sender.get(delivery), 409, "RECEIPT_NOT_AVAILABLE");
        assertThat(recipient.fetch(id).status()).isEqualTo(200);
        assertThat(recipient.acknowledge(id, "done", null).status()).isEqualTo(200);
        HubResponse deliveryReceipt = sender.get(delivery);
        assertThat(deliveryReceipt.status()).as(deliveryReceipt.toString()).isEqualTo(200);
        assertThat(ReceiptVerifier.verify(deliveryReceipt.body(), hub, null).text())
                .contains("\"receipt\":\"delivery\"", "\"recipients\":[\"" + RECIPIENT + "\"]");

        // A receipt altered by anyone stops verifying.
        CMSSignedData original = new CMSSignedData(receipt);
        assertThat(original.getSignerInfos().size()).isEqualTo(1);
        byte[] forged = receipt.clone();
        int at = new String(forged, StandardCharsets.ISO_8859_1).indexOf(RECIPIENT);
        forged[at] = (byte) '9';
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReceiptVerifier.verify(forged, hub, null))
                .isInstanceOf(ReceiptVerifier.ReceiptInvalid.class);
    }

    @Test
    void statisticsCountTheSignedRatioPerAgency() {
        strict();
        assertThat(send(PackageSigning.sign(document(), pki.get("ec-signer"))).status()).isEqualTo(201);
        HubResponse statistics = recipient.get("/api/v1/signatures/statistics");
        assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
        JsonObject mine = statistics.json().getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("agency").equals(sender.code())).findFirst().orElseThrow();
        assertThat(mine.getJsonNumber("valid").longValue()).isPositive();
        assertThat(mine.getJsonNumber("signedRatio").doubleValue()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        assertThat(mine.getJsonNumber("documents").longValue())
                .isEqualTo(mine.getJsonNumber("valid").longValue() + mine.getJsonNumber("indeterminate").longValue()
                        + mine.getJsonNumber("unsigned").longValue() + mine.getJsonNumber("invalid").longValue());
    }

    static X509Certificate hubCertificate() throws Exception {
        HubResponse pem = Hub.as(RECIPIENT).get("/api/v1/hub/certificate");
        assertThat(pem.status()).as(pem.toString()).isEqualTo(200);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem.body()));
    }

    // Revocation sources the operator configures per CA (the IT servers name the test PKI's: a CRL
    // directory, an OCSP responder for the override CA, a CRL address for the refresh CA), for
    // certificates that name no CRL distribution point and no OCSP responder at all.

    @Test
    void signerRevokedInAConfiguredCrlFileIsRefusedAsRevoked() {
        strict();
        HubResponse refused = send(PackageSigning.sign(document(), pki.get("offline-revoked")));
        assertRefused(refused, 422, "CERTIFICATE_REVOKED");
        assertThat(refused.json().getString("detail")).contains("CRL file offline-ca.crl");
    }

    @Test
    void goodSignerOfACaKnownOnlyByAConfiguredCrlFileIsValid() {
        strict();
        HubResponse sent = send(PackageSigning.sign(document(), pki.get("offline-good")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
    }

    @Test
    void signerRevokedByTheOcspResponderConfiguredForItsCaIsRefusedAsRevoked() {
        strict();
        HubResponse refused = send(PackageSigning.sign(document(), pki.get("override-revoked")));
        assertRefused(refused, 422, "CERTIFICATE_REVOKED");
        assertThat(refused.json().getString("detail")).contains("OCSP");
    }

    @Test
    void goodSignerOfACaWithAConfiguredOcspResponderIsValid() {
        strict();
        HubResponse sent = send(PackageSigning.sign(document(), pki.get("override-good")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
    }

    @Test
    void aConfiguredCrlIsFetchedAgainFromItsAddressOncePastItsNextUpdate() throws InterruptedException {
        strict();
        HubResponse before = send(PackageSigning.sign(document(), pki.get("refresh-signer")));
        assertThat(before.status()).as(before.toString()).isEqualTo(201);
        assertThat(before.json().getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
        TrustServices services = SignatureServices.services();
        int fetched = services.refreshCrlRequests();
        services.revoke("refresh-signer");
        try {
            // The CRL the hub holds is valid for a few seconds only; the next one lists the signer.
            Thread.sleep(TrustServices.REFRESH_CRL_VALIDITY.plusMillis(500).toMillis());
            HubResponse after = send(PackageSigning.sign(document(), pki.get("refresh-signer")));
            assertRefused(after, 422, "CERTIFICATE_REVOKED");
            assertThat(after.json().getString("detail")).contains("CRL");
            assertThat(services.refreshCrlRequests()).isGreaterThan(fetched);
        } finally {
            services.reinstate("refresh-signer");
        }
    }

    // The hub's own key signs only the hand-overs the hub builds itself (InterAgencyStepIT).

    @Test
    void packageAnAgencySignedWithTheHubKeyIsRefused() {
        strict();
        HubKey hub = SignatureServices.hubKey();
        TestPki.Entry hubSigner = new TestPki.Entry(hub.privateKey(), hub.certificate(), List.of(hub.certificate()));
        HubResponse refused = send(PackageSigning.sign(document(), hubSigner));
        assertRefused(refused, 403, "SIGNER_NOT_OF_SENDER");
        assertThat(refused.json().getString("detail")).contains("hub's own key");
        // Not even where the agency accepts unsigned packages: a signature that is there is judged.
        policy("ACCEPT_UNSIGNED", false, "SOFT");
        assertRefused(send(PackageSigning.sign(document(), hubSigner)), 403, "SIGNER_NOT_OF_SENDER");
    }

    @Test
    void packageWithASecondSignatureIsRefused() {
        strict();
        byte[] twice = PackageSigning.signAgainInside(PackageSigning.sign(document(), pki.get("rsa-signer")), pki.get("other-agency"));
        HubResponse refused = send(twice);
        assertRefused(refused, 422, "SIGNATURE_INVALID");
        assertThat(refused.json().getString("detail")).contains("exactly one");
    }
}
