package vn.lienthong.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * One answer for every key a readiness check looks at (the TLS key, the hub key): up while its
 * certificate holds, with the subject, expiry and days left in the data; a warning when it expires
 * within {@code warningDays}; down once expired or not yet valid.
 */
public final class KeyReadiness {

    private KeyReadiness() {
    }

    public static HealthCheckResponse of(String name, String location, X509Certificate certificate, int warningDays, Instant now) {
        CertificateValidity validity = CertificateValidity.of(certificate, now);
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(name)
                .withData("location", location)
                .withData("subject", certificate.getSubjectX500Principal().getName())
                .withData("notAfter", validity.notAfter().toString())
                .withData("daysLeft", validity.daysLeft())
                .status(validity.valid());
        if (!validity.valid()) {
            answer.withData("problem", now.isBefore(validity.notBefore())
                    ? "the certificate is not valid before " + validity.notBefore() + " / chứng thư chưa có hiệu lực"
                    : "the certificate expired on " + validity.notAfter() + " / chứng thư đã hết hạn");
        } else if (validity.expiresWithin(warningDays)) {
            answer.withData("warning", "the certificate expires within " + warningDays + " days / chứng thư sắp hết hạn");
        }
        return answer.build();
    }

    /** Down, saying why the key could not be read at all. */
    public static HealthCheckResponse unreadable(String name, String location, String problem) {
        return HealthCheckResponse.named(name).withData("location", location).withData("problem", problem).down().build();
    }
}
