package vn.lienthong.directory.credential;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/** A client certificate registered to an agency, as the administration API shows it. */
public record AgencyCertificateView(CertificateFingerprint fingerprint, AgencyCode agency, String subject, String issuer,
                                    Instant notAfter, Instant registeredAt) {

    static AgencyCertificateView of(AgencyCertificate c) {
        return new AgencyCertificateView(c.fingerprint(), c.agency(), c.subject(), c.issuer(), c.notAfter(), c.registeredAt());
    }
}
