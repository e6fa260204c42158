package vn.lienthong.signature.overview;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate as the console lists it: what it is for ({@code role}: HUB_KEY, TRUST_ANCHOR,
 * CLIENT_CERTIFICATE), whose it is ({@code owner}: an agency code, or null for the hub's own), and
 * its subject, issuer and end of validity.
 */
public record CertificateView(String role, String owner, String subject, String issuer, Instant notAfter) {

    public CertificateView {
        Objects.requireNonNull(role);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(notAfter);
    }
}
