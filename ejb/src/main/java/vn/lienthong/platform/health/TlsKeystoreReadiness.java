package vn.lienthong.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * The server's TLS key (tls.xml: {@code tls.keystore}): present, readable with its password, and its
 * certificate not expired. Agencies reach the hub over HTTPS only, so an expired key is an outage.
 */
@Readiness
@ApplicationScoped
public class TlsKeystoreReadiness implements HealthCheck {

    static final String NAME = "tls-keystore";

    @Inject
    TlsKeystore keystore;

    @Inject
    @ConfigProperty(name = "lienthong.health.key-warning-days", defaultValue = "30")
    int warningDays;

    @Override
    public HealthCheckResponse call() {
        Path file = keystore.file();
        if (!keystore.exists()) {
            return KeyReadiness.unreadable(NAME, file.toString(), "the TLS keystore does not exist / không có kho khóa TLS");
        }
        try {
            List<X509Certificate> keys = keystore.keyCertificates();
            if (keys.isEmpty()) {
                return KeyReadiness.unreadable(NAME, file.toString(), "the TLS keystore holds no private key / kho khóa TLS không có khóa riêng");
            }
            return KeyReadiness.of(NAME, file.toString(), keys.get(0), warningDays, Instant.now());
        } catch (IOException | GeneralSecurityException e) {
            return KeyReadiness.unreadable(NAME, file.toString(), "the TLS keystore cannot be read / không đọc được kho khóa TLS: "
                    + e.getMessage());
        }
    }
}
