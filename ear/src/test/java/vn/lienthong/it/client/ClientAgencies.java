package vn.lienthong.it.client;

import vn.lienthong.client.signature.SigningKey;
import vn.lienthong.it.signature.SignatureServices;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.signature.testing.TestPki;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two agencies ClientIT works as, each with a secret and a signer the hub trusts: issued by the
 * signature tests' CA (checked by that CA's CRL, which {@link SignatureServices} serves) and bound to
 * its agency by the {@code OU=<code>} the certificate carries, as an administrator would bind it.
 * Agencies of their own, so that the signature tests changing their agencies' policies never touch them.
 */
final class ClientAgencies {

    static final String SENDER = "000.00.93.G18";
    static final String RECIPIENT = "000.00.94.G18";
    static final String SECRET = "client-it-secret-93";
    static final String P12_PASSWORD = "client-it-p12";

    private ClientAgencies() {
    }

    static void register() {
        for (String code : List.of(SENDER, RECIPIENT)) {
            HubResponse added = Hub.admin().postJson("/api/v1/admin/agencies", """
                    {"code":"%s","name":"Đơn vị thử thư viện %s","parentCode":"000.00.00.G18","secret":"%s"}""".formatted(code, code, SECRET));
            assertThat(added.status()).as("agency %s: %s", code, added).isIn(201, 409);
            HubResponse bound = Hub.admin().postJson("/api/v1/admin/signatures/" + code + "/signers", "{\"subjectAttribute\":\"OU=" + code + "\"}");
            assertThat(bound.status()).as(bound.toString()).isIn(200, 201, 409);
        }
    }

    /** A signer of {@code agency} issued now by the test PKI's signing CA. */
    static SigningKey signer(String agency, String name) {
        TestPki.Entry e = SignatureServices.pki().issueSigner(name, agency, SignatureServices.PORT);
        return new SigningKey(e.key(), e.chain(), null);
    }

    /** The test PKI's root, as a recipient trusts it. */
    static X509Certificate root() {
        return SignatureServices.pki().get("root").certificate();
    }

    static Path pkcs12(Path dir, String name, SigningKey key) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", key.privateKey(), P12_PASSWORD.toCharArray(), key.chain().toArray(new X509Certificate[0]));
        Path file = dir.resolve(name + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, P12_PASSWORD.toCharArray());
        }
        return file;
    }
}
