package vn.lienthong.directory.credential;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;
import java.util.Optional;

/**
 * A new secret set for an agency: when, until when the replaced one still signs in (none after a
 * reset), and the secret itself only when the hub generated it, to be shown once and never again.
 */
public record SecretChange(AgencyCode agency, Instant changedAt, Optional<Instant> previousValidUntil,
                           Optional<String> generatedSecret) {

    public SecretChange {
        if (agency == null || changedAt == null || previousValidUntil == null || generatedSecret == null) {
            throw new IllegalArgumentException("a secret change names its agency and time");
        }
    }
}
