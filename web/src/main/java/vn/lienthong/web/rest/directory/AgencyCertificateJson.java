package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.credential.AgencyCertificateView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** A client certificate registered to an agency (in a request: {@code certificate} holds the PEM). */
public record AgencyCertificateJson(String certificate, String fingerprint, String agency, String subject, String issuer,
                                    OffsetDateTime notAfter, OffsetDateTime registeredAt) {

    static AgencyCertificateJson of(AgencyCertificateView c) {
        return new AgencyCertificateJson(null, c.fingerprint().value(), c.agency().value(), c.subject(), c.issuer(),
                Times.local(c.notAfter()), Times.local(c.registeredAt()));
    }
}
