package vn.lienthong.it.signature;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.signature.hubkey.ReceiptVerifier;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A directory copy obtained through a third party can be trusted: the snapshot and each change
 * page carry the hub's detached signature of their exact body, checked against the hub certificate.
 */
class DirectorySignatureIT {

    @Test
    void snapshotAndChangePagesAreSignedByTheHub() throws Exception {
        X509Certificate hub = SignatureIT.hubCertificate();
        for (String path : new String[]{"/api/v1/directory/snapshot", "/api/v1/directory/changes?since=0&limit=20"}) {
            HubResponse answer = Hub.as("000.00.00.G22").get(path);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            String header = answer.header("Lienthong-Signature");
            assertThat(header).as("signature header of %s", path).isNotBlank();
            byte[] signature = Base64.getDecoder().decode(header);
            assertThat(ReceiptVerifier.verify(signature, hub, answer.body()).content()).isEqualTo(answer.body());

            byte[] altered = answer.text().replaceFirst("\"cursor\":|\"nextCursor\":", "\"cursor\" :").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> ReceiptVerifier.verify(signature, hub, altered)).isInstanceOf(ReceiptVerifier.ReceiptInvalid.class);
        }
    }
}
