package vn.lienthong.it.signature;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.it.soap.v1.Exchange;
import vn.lienthong.it.soap.v1.GetSent;
import vn.lienthong.it.soap.v1.RecipientState;
import vn.lienthong.it.soap.v1.ReportedStatus;
import vn.lienthong.it.soap.v1.SendStatus;
import vn.lienthong.it.soap.v1.SendStatusResponse;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.SoapHub;
import vn.lienthong.signature.testing.PackageSigning;
import vn.lienthong.signature.testing.TestPki;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;
import static vn.lienthong.it.support.SoapFaults.faultOf;

/**
 * Status packages (01–06, 13, 15, 16) are judged as documents are, over REST and SOAP: the same
 * verifier, the reporting agency's policy, its signer binding and revocation; the verdict is stored
 * with the status and shown with it to the document's sender. The reporting agency signs with the
 * test PKI; the document's sender is a sample agency.
 */
@ExtendWith(SignatureServices.class)
class StatusSignatureIT {

    private static final String SECRET = "signature-it-secret";
    private static final String ORIGINATOR = "000.00.01.G18";

    private final AgencyClient reporter = Hub.as(SignatureServices.SENDER, SECRET);
    private final AgencyClient originator = Hub.as(ORIGINATOR);
    private final TestPki pki = SignatureServices.pki();

    @BeforeAll
    static void registerAgenciesAndTheirSigners() {
        SignatureServices.registerSigningAgencies(SECRET);
    }

    private record Received(Packages.Document document, String id) {
    }

    /** A document the sample agency sends to the reporting agency, which may then report on it. */
    private Received documentForTheReporter() {
        Packages.Document document = Packages.document(ORIGINATOR, reporter.code());
        return new Received(document, originator.send(document.xml()));
    }

    private void policy(String mode) {
        HubResponse set = Hub.admin().putJson("/api/v1/admin/signatures/" + reporter.code() + "/policy",
                "{\"mode\":\"%s\",\"acceptSha1\":false,\"revocationFailure\":\"HARD\"}".formatted(mode));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private byte[] signedStatus(Received received, String code, TestPki.Entry signer) {
        return PackageSigning.sign(received.document().status(reporter.code(), code, "Đã phân công xử lý"), signer);
    }

    private HubResponse report(byte[] status) {
        return reporter.postXml("/api/v1/statuses", status);
    }

    /** The statuses the document's sender sees from the reporting agency (REST sent view). */
    private List<JsonObject> statusesSeenBySender(String id) {
        return originator.sent(id).getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(reporter.code())).findFirst().orElseThrow()
                .getJsonArray("statuses").getValuesAs(JsonObject.class);
    }

    // ---------------------------------------------------------------- REST

    @Test
    void validSignedStatusIsAcceptedAndItsSenderSeesTheVerdictValid() {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        HubResponse accepted = report(signedStatus(received, "03", pki.get("rsa-signer")));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().getJsonObject("signature").getString("verdict")).isEqualTo("VALID");

        JsonObject seen = statusesSeenBySender(received.id()).get(0);
        assertThat(seen.getString("code")).isEqualTo("03");
        JsonObject signature = seen.getJsonObject("signature");
        assertThat(signature.getString("verdict")).isEqualTo("VALID");
        assertThat(signature.getJsonObject("signer").getString("subject")).contains("OU=" + reporter.code());
        assertThat(signature.getJsonObject("signer").getString("algorithm")).isEqualTo("RSA-SHA256");
    }

    @Test
    void statusChangedAfterSigningIsRefusedAndNeverShownToItsSender() {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        byte[] signed = signedStatus(received, "03", pki.get("rsa-signer"));
        // On the way, someone turns "assigned" (03) into "completed" (06).
        byte[] tampered = PackageSigning.tamper(signed, "<edXML:StatusCode>03<", "<edXML:StatusCode>06<");
        assertRefused(report(tampered), 422, "SIGNATURE_INVALID");
        assertThat(statusesSeenBySender(received.id())).isEmpty();
    }

    @Test
    void statusWhoseSignatureWasRemovedIsRefusedUnderRequireValid() {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        byte[] stripped = PackageSigning.stripSignature(signedStatus(received, "02", pki.get("rsa-signer")));
        assertRefused(report(stripped), 422, "SIGNATURE_REQUIRED");
        assertThat(statusesSeenBySender(received.id())).isEmpty();
    }

    @Test
    void unsignedStatusIsAcceptedAsUnsignedUnderAcceptUnsigned() {
        policy("ACCEPT_UNSIGNED");
        Received received = documentForTheReporter();
        HubResponse accepted = reporter.report(received.document().status(reporter.code(), "01", "Đã đến"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().getJsonObject("signature").getString("verdict")).isEqualTo("UNSIGNED");
        assertThat(statusesSeenBySender(received.id()).get(0).getJsonObject("signature").getString("verdict")).isEqualTo("UNSIGNED");
    }

    @Test
    void statusSignedByAnotherAgencysSignerIsRefused() {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        assertRefused(report(signedStatus(received, "04", pki.get("other-agency"))), 403, "SIGNER_NOT_OF_SENDER");
    }

    @Test
    void statusSignedWithARevokedCertificateIsRefused() {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        assertRefused(report(signedStatus(received, "05", pki.get("revoked-ocsp"))), 422, "CERTIFICATE_REVOKED");
        // Revocation sources configured by the operator count for statuses too.
        assertRefused(report(signedStatus(received, "05", pki.get("offline-revoked"))), 422, "CERTIFICATE_REVOKED");
    }

    @Test
    void statusSignedWithTheHubKeyIsRefused() {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        var hub = SignatureServices.hubKey();
        TestPki.Entry hubSigner = new TestPki.Entry(hub.privateKey(), hub.certificate(), List.of(hub.certificate()));
        assertRefused(report(signedStatus(received, "06", hubSigner)), 403, "SIGNER_NOT_OF_SENDER");
    }

    @Test
    void aTakeBackRequestOfTheDocumentsSenderIsJudgedLikeEveryStatus() {
        policy("REQUIRE_VALID");
        // Here the signing agency sends the document, and asks for it back (13).
        Packages.Document document = Packages.document(reporter.code(), ORIGINATOR);
        HubResponse sent = reporter.postXml("/api/v1/documents", PackageSigning.sign(document.xml(), pki.get("ec-signer")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        byte[] request = PackageSigning.sign(document.status(reporter.code(), "13", "Đề nghị lấy lại văn bản"), pki.get("ec-signer"));
        assertRefused(report(PackageSigning.stripSignature(request)), 422, "SIGNATURE_REQUIRED");
        assertRefused(report(PackageSigning.tamper(request, "Đề nghị lấy lại", "Đề nghị hủy")), 422, "SIGNATURE_INVALID");
        HubResponse accepted = report(request);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
    }

    // ---------------------------------------------------------------- SOAP

    private Exchange soapReporter() {
        return SoapHub.exchange(reporter.code(), SECRET);
    }

    private static SendStatus sendStatus(byte[] statusPackage) {
        SendStatus request = new SendStatus();
        request.setPackage(SoapHub.attachment(statusPackage));
        return request;
    }

    private List<ReportedStatus> statusesSeenOverSoap(String id) throws Exception {
        GetSent get = new GetSent();
        get.setDocumentId(id);
        RecipientState state = SoapHub.exchangeAs(ORIGINATOR).getSent(get).getDocument().getRecipient().stream()
                .filter(r -> r.getCode().equals(reporter.code())).findFirst().orElseThrow();
        return state.getStatus();
    }

    @Test
    void overSoapAValidSignedStatusIsAcceptedAndItsSenderSeesTheVerdictValid() throws Exception {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        SendStatusResponse accepted = soapReporter().sendStatus(sendStatus(signedStatus(received, "03", pki.get("ec-signer"))));
        assertThat(accepted.getSignature().getVerdict()).isEqualTo("VALID");
        assertThat(accepted.getSignature().getSigner().getAlgorithm()).isEqualTo("ECDSA-SHA256");

        ReportedStatus seen = statusesSeenOverSoap(received.id()).get(0);
        assertThat(seen.getSignature().getVerdict()).isEqualTo("VALID");
        assertThat(seen.getSignature().getSigner().getSubject()).contains("OU=" + reporter.code());
    }

    @Test
    void overSoapAStatusChangedAfterSigningIsAFault() throws Exception {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        byte[] tampered = PackageSigning.tamper(signedStatus(received, "03", pki.get("rsa-signer")),
                "<edXML:StatusCode>03<", "<edXML:StatusCode>06<");
        assertThat(faultOf(() -> soapReporter().sendStatus(sendStatus(tampered))).getCode()).isEqualTo("SIGNATURE_INVALID");
        assertThat(statusesSeenOverSoap(received.id())).isEmpty();
    }

    @Test
    void overSoapAStatusWhoseSignatureWasRemovedIsAFaultUnderRequireValid() {
        policy("REQUIRE_VALID");
        Received received = documentForTheReporter();
        byte[] stripped = PackageSigning.stripSignature(signedStatus(received, "03", pki.get("rsa-signer")));
        assertThat(faultOf(() -> soapReporter().sendStatus(sendStatus(stripped))).getCode()).isEqualTo("SIGNATURE_REQUIRED");
    }

    @Test
    void overSoapAnUnsignedStatusIsAcceptedAsUnsignedUnderAcceptUnsigned() throws Exception {
        policy("ACCEPT_UNSIGNED");
        Received received = documentForTheReporter();
        byte[] unsigned = received.document().status(reporter.code(), "01", "Đã đến").getBytes(StandardCharsets.UTF_8);
        SendStatusResponse accepted = soapReporter().sendStatus(sendStatus(unsigned));
        assertThat(accepted.getSignature().getVerdict()).isEqualTo("UNSIGNED");
        assertThat(statusesSeenOverSoap(received.id()).get(0).getSignature().getVerdict()).isEqualTo("UNSIGNED");
    }
}
