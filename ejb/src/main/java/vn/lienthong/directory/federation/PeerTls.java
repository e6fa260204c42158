package vn.lienthong.directory.federation;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Locale;

/**
 * TLS that trusts exactly the certificates of a hub's truststore file (PKCS12, JKS or PEM), for every
 * call one hub makes to another: the directory follower and upward publication to the upstream, and
 * the relay of packages to the upstream or a peer below. One reading of the file format for all of them.
 */
public final class PeerTls {

    private PeerTls() {
    }

    /**
     * @throws IllegalStateException naming the file when it cannot be read as a truststore
     */
    public static SSLContext trusting(Path file, String password) {
        try {
            KeyStore store;
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
                store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                try (InputStream in = Files.newInputStream(file)) {
                    int n = 0;
                    for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                        store.setCertificateEntry("peer-" + n++, certificate);
                    }
                }
            } else {
                // PKCS12 reads JKS files too (keystore.type.compat).
                store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password == null || password.isEmpty() ? null : password.toCharArray());
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The truststore " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
