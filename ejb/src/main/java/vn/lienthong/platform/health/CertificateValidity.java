package vn.lienthong.platform.health;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a certificate still holds at a given moment: the readiness checks of the hub key and the
 * TLS key report it as {@code daysLeft} and go down once it has expired (or is not yet valid).
 */
public record CertificateValidity(Instant notBefore, Instant notAfter, Instant at) {

    public CertificateValidity {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(at, "at");
        if (notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("a certificate cannot expire before it starts: " + notBefore + " > " + notAfter);
        }
    }

    public static CertificateValidity of(X509Certificate certificate, Instant at) {
        return new CertificateValidity(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), at);
    }

    /** Whole days until it expires; negative once expired (the day it expired is -1, not 0). */
    public long daysLeft() {
        Duration left = Duration.between(at, notAfter);
        return left.isNegative() ? -Duration.between(notAfter, at).toDays() - 1 : left.toDays();
    }

    public boolean valid() {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }

    /** Valid, yet expiring within {@code days}: still ready, but the check says so. */
    public boolean expiresWithin(int days) {
        return valid() && daysLeft() < days;
    }
}
