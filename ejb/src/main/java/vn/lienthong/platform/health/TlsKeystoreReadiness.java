package vn.lienthong.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;

/**
 * The server's TLS key (tls.xml: {@code tls.keystore}): present, readable with its password, and its
 * certificate not expired. Agencies reach the hub over HTTPS only, so an expired key is an outage.
 */
@Readiness
@ApplicationScoped
public class TlsKeystoreReadiness implements HealthCheck {

    static final String NAME = "tls-keystore";

    @Inject
    @ConfigProperty(name = "tls.keystore", defaultValue = "${server.output.dir}/resources/security/lienthong-tls.p12")
    String keystore;

    @Inject
    @ConfigProperty(name = "tls.keystore.password", defaultValue = "lienthong-dev-keystore")
    String password;

    @Inject
    @ConfigProperty(name = "lienthong.health.key-warning-days", defaultValue = "30")
    int warningDays;

    @Override
    public HealthCheckResponse call() {
        Path file = ServerPath.of(keystore);
        if (!Files.isRegularFile(file)) {
            return KeyReadiness.unreadable(NAME, file.toString(), "the TLS keystore does not exist / không có kho khóa TLS");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return KeyReadiness.of(NAME, file.toString(), certificate, warningDays, Instant.now());
                }
            }
            return KeyReadiness.unreadable(NAME, file.toString(), "the TLS keystore holds no private key / kho khóa TLS không có khóa riêng");
        } catch (IOException | GeneralSecurityException e) {
            return KeyReadiness.unreadable(NAME, file.toString(), "the TLS keystore cannot be read / không đọc được kho khóa TLS: "
                    + e.getMessage());
        }
    }
}
