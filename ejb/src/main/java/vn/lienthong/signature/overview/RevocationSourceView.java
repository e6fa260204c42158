package vn.lienthong.signature.overview;

import java.time.Instant;
import java.util.Objects;

/**
 * One place the hub checks revocation: an OCSP responder or CRL address the operator named for a
 * CA ({@code authority}), or a CRL file of the CRL directory with its issuer and the times it was
 * issued and must be replaced by ({@code thisUpdate}, {@code nextUpdate}; null where the kind has none).
 */
public record RevocationSourceView(String kind, String authority, String location, Instant thisUpdate, Instant nextUpdate) {

    public RevocationSourceView {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(location);
    }

    /** Whether a CRL file is past its next update (a stale CRL proves nothing about recent revocations). */
    public boolean stale(Instant now) {
        return nextUpdate != null && nextUpdate.isBefore(now);
    }
}
