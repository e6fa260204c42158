package vn.lienthong.directory.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;

import java.time.Instant;

/** A client certificate an administrator registered to an agency, for mutual-TLS sign-in. */
@Entity
@Table(name = "agency_certificate")
@NamedQuery(name = AgencyCertificate.OF_AGENCY, query = "select c from AgencyCertificate c where c.agency = :agency "
        + "order by c.registeredAt")
@NamedQuery(name = AgencyCertificate.EXPIRING_BEFORE, query = "select c from AgencyCertificate c where c.notAfter < :before "
        + "order by c.notAfter")
public class AgencyCertificate {

    static final String OF_AGENCY = "AgencyCertificate.ofAgency";
    static final String EXPIRING_BEFORE = "AgencyCertificate.expiringBefore";

    @Id
    @Column(name = "fingerprint", length = 64)
    private String fingerprint;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "agency_code", nullable = false, length = 32)
    private AgencyCode agency;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    @Column(name = "issuer", nullable = false, length = 1000)
    private String issuer;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 200)
    private String registeredBy;

    protected AgencyCertificate() {
        // for JPA
    }

    AgencyCertificate(CertificateFingerprint fingerprint, AgencyCode agency, String subject, String issuer, Instant notAfter,
                      Instant now, String actor) {
        this.fingerprint = fingerprint.value();
        this.agency = agency;
        this.subject = truncate(subject);
        this.issuer = truncate(issuer);
        this.notAfter = notAfter;
        this.registeredAt = now;
        this.registeredBy = actor;
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    public CertificateFingerprint fingerprint() {
        return new CertificateFingerprint(fingerprint);
    }

    public AgencyCode agency() {
        return agency;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
