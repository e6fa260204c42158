package vn.lienthong.signature.hubkey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.exchange.receipt.ReceiptContent;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.testing.TrustServices;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Receipts signed with the hub key verify offline, carry a real TSA's timestamp, and betray any change. */
class ReceiptSignerTest {

    @TempDir
    Path dir;

    private final ReceiptContent content = new ReceiptContent("acceptance", "d-1", "000.00.00.G22,2026/11/20,1/VP",
            "ab".repeat(32), "000.00.00.G22", List.of("000.00.00.H41"), Instant.parse("2026-11-30T01:02:03Z"));

    @Test
    void receiptVerifiesWithTheHubCertificateAndCarriesTheTsaTime() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestPki pki = TestPki.create(port, port, "000.00.00.G22", "000.00.00.G18");
        HubKey key = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
        try (TrustServices tsa = TrustServices.start(pki, port)) {
            ReceiptSigner signer = new ReceiptSigner(key, Optional.of(new TimestampClient(URI.create("http://127.0.0.1:" + port + "/tsa"),
                    Duration.ofSeconds(5))));
            ReceiptSigner.Signed signed = signer.signReceipt(content.bytes());
            assertThat(signed.timestamped()).isTrue();
            ReceiptVerifier.Verified verified = ReceiptVerifier.verify(signed.cms(), key.certificate(), null);
            assertThat(verified.text()).contains("\"documentId\":\"d-1\"", "\"recipients\":[\"000.00.00.H41\"]");
            assertThat(verified.timestamp()).isPresent();
            assertThat(tsa.timestamps()).isEqualTo(1);
        }
    }

    @Test
    void receiptDoesNotVerifyWithAnotherKey() throws Exception {
        HubKey key = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
        HubKey other = HubKey.generate(dir.resolve("other.p12"), "pw".toCharArray(), "hub", "CN=Impostor");
        byte[] cms = new ReceiptSigner(key, Optional.empty()).signReceipt(content.bytes()).cms();
        assertThatThrownBy(() -> ReceiptVerifier.verify(cms, other.certificate(), null)).isInstanceOf(ReceiptVerifier.ReceiptInvalid.class);
        assertThat(HubKey.load(dir.resolve("hub.p12"), "pw".toCharArray(), "hub").certificate()).isEqualTo(key.certificate());
    }

    @Test
    void detachedSignatureCoversTheExactBody() throws Exception {
        HubKey key = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
        byte[] body = "{\"cursor\":7}".getBytes(StandardCharsets.UTF_8);
        byte[] signature = new ReceiptSigner(key, Optional.empty()).signDetached(body);
        assertThat(ReceiptVerifier.verify(signature, key.certificate(), body).text()).isEqualTo("{\"cursor\":7}");
        assertThatThrownBy(() -> ReceiptVerifier.verify(signature, key.certificate(), "{\"cursor\":8}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReceiptVerifier.ReceiptInvalid.class);
    }
}
