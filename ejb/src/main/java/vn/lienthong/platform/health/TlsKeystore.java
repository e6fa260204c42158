package vn.lienthong.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The server's TLS keystore (tls.xml: {@code tls.keystore}, {@code tls.keystore.password}), read the
 * one way both its readers need: the readiness check (present, readable, not expired) and the
 * certificate-expiry alert. Liberty makes the file at the first start when it is missing.
 */
@ApplicationScoped
public class TlsKeystore {

    @Inject
    @ConfigProperty(name = "tls.keystore", defaultValue = "${server.output.dir}/resources/security/lienthong-tls.p12")
    String location;

    @Inject
    @ConfigProperty(name = "tls.keystore.password", defaultValue = "lienthong-dev-keystore")
    String password;

    /** Where the keystore is, as this server reads the variable. */
    public Path file() {
        return ServerPath.of(location);
    }

    public boolean exists() {
        return Files.isRegularFile(file());
    }

    /** The certificates of the keystore's private keys (the server's TLS key), in alias order. */
    public List<X509Certificate> keyCertificates() throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            List<X509Certificate> found = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    found.add(certificate);
                }
            }
            return found;
        }
    }
}
