package vn.lienthong.it.support;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

/**
 * The mutual-TLS test CA of ear/src/test/tls/make-test-pki.sh, and TLS contexts that present one
 * of its client certificates to a server under test while trusting that server's own key.
 */
public final class TestPki {

    public static final String PASSWORD = "lienthong-it-only";
    private static final Path DIR = Path.of(System.getProperty("it.tls.dir", "target/it-tls"));

    private TestPki() {
    }

    /** The PEM of a client certificate, for registration ({@code registered} or {@code unregistered}). */
    public static String certificatePem(String name) {
        try {
            return Files.readString(DIR.resolve(name + ".pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TLS presenting the client certificate {@code name} to the Liberty server {@code serverName}. */
    public static SSLContext clientOf(String name, String serverName) {
        try {
            KeyStore client = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(DIR.resolve(name + ".p12"))) {
                client.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(client, PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(serverKey(serverName));
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return tls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** TLS trusting only the key of the Liberty server {@code serverName}, presenting no client certificate. */
    public static SSLContext trustingServer(String serverName) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(serverKey(serverName));
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key Liberty generated for the server at its first start (tls.xml). */
    private static KeyStore serverKey(String serverName) throws IOException, GeneralSecurityException {
        Path file = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"), "usr", "servers", serverName,
                "resources", "security", "lienthong-tls.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "lienthong-dev-keystore".toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        for (String alias : Collections.list(store.aliases())) {
            trusted.setCertificateEntry(alias, store.getCertificate(alias));
        }
        return trusted;
    }
}
