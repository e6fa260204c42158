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
    static final String SENDER = System.getProperty("it.signature.sender", "000.00.91.G18");
    static final String OTHER = System.getProperty("it.signature.other", "000.00.92.G18");

    private static TestPki pki;
    private TrustServices services;

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

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        services = TrustServices.start(pki(), PORT);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        services.close();
    }
}
