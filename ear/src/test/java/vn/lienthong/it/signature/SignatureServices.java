package vn.lienthong.it.signature;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.testing.TrustServices;

import java.nio.file.Path;

/**
 * Runs the test PKI's OCSP responder, CRLs and TSA on loopback (the port the build reserved and
 * wrote into the certificates) while a test class talks to the hub.
 */
public final class SignatureServices implements BeforeAllCallback, AfterAllCallback {

    static final Path DIR = Path.of(System.getProperty("it.signature.dir", "target/it-signature"));
    public static final int PORT = Integer.getInteger("it.signature.responder.port", 0);
    public static final String SENDER = System.getProperty("it.signature.sender", "000.00.91.G18");
    static final String OTHER = System.getProperty("it.signature.other", "000.00.92.G18");

    private static TestPki pki;
    private static volatile TrustServices services;

    public static synchronized TestPki pki() {
        if (pki == null) {
            try {
                pki = TestPki.load(DIR);
            } catch (Exception e) {
                throw new IllegalStateException("The signature test PKI is missing from " + DIR + " (made by the build)", e);
            }
        }
        return pki;
    }

    /** The running OCSP/CRL/TSA services, e.g. to revoke a signer while a test runs. */
    static TrustServices services() {
        if (services == null) {
            throw new IllegalStateException("The signature test services run only inside a class extended with SignatureServices");
        }
        return services;
    }

    /** The hub key the IT servers share (the build writes it with the test PKI). */
    static vn.lienthong.signature.hubkey.HubKey hubKey() {
        try {
            return vn.lienthong.signature.hubkey.HubKey.load(DIR.resolve("hub.p12"), TestPki.PASSWORD.toCharArray(), "hub");
        } catch (Exception e) {
            throw new IllegalStateException("The IT servers' hub key is missing from " + DIR, e);
        }
    }

    /**
     * The two agencies the signature tests sign for, each with {@code secret}, and their signers: the
     * sender's RSA signer bound by its certificate, every other signer by the OU naming its agency.
     * Idempotent: another test class may have registered them first.
     */
    public static void registerSigningAgencies(String secret) {
        vn.lienthong.it.support.AgencyClient admin = vn.lienthong.it.support.Hub.admin();
        for (String code : new String[]{SENDER, OTHER}) {
            vn.lienthong.it.support.HubResponse added = admin.postJson("/api/v1/admin/agencies", """
                    {"code":"%s","name":"Đơn vị thử chữ ký số %s","parentCode":"000.00.00.G18","secret":"%s"}""".formatted(code, code, secret));
            org.assertj.core.api.Assertions.assertThat(added.status()).as("agency %s: %s", code, added).isIn(201, 409);
        }
        vn.lienthong.it.support.HubResponse byCertificate = admin.postJson("/api/v1/admin/signatures/" + SENDER + "/signers",
                "{\"certificate\":\"" + TestPki.pem(pki().get("rsa-signer").certificate()).replace("\n", "\\n") + "\"}");
        org.assertj.core.api.Assertions.assertThat(byCertificate.status()).as(byCertificate.toString()).isIn(200, 201, 409);
        for (String code : new String[]{SENDER, OTHER}) {
            vn.lienthong.it.support.HubResponse byAttribute = admin.postJson("/api/v1/admin/signatures/" + code + "/signers",
                    "{\"subjectAttribute\":\"OU=" + code + "\"}");
            org.assertj.core.api.Assertions.assertThat(byAttribute.status()).as(byAttribute.toString()).isIn(200, 201, 409);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        services = TrustServices.start(pki(), PORT);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        services.close();
        services = null;
    }
}
