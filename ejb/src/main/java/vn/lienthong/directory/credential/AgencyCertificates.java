package vn.lienthong.directory.credential;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.directory.change.DirectoryChangeRefusedException;
import vn.lienthong.platform.InvalidRequestException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which client certificate signs in which agency. The TLS layer has already checked the chain to a
 * trusted authority and the validity dates; this adds the binding: a certificate signs in only
 * the agency an administrator registered it to, and only while that agency is active.
 */
@Stateless
public class AgencyCertificates {

    private static final Logger LOG = Logger.getLogger(AgencyCertificates.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    public AgencyCertificateView register(AgencyCode agency, String pem, String actor) {
        Agency owner = em.find(Agency.class, agency.value());
        if (owner == null) {
            throw new UnknownAgencyException(agency);
        }
        if (!owner.isActive()) {
            throw DirectoryChangeRefusedException.retired(agency, "code");
        }
        X509Certificate certificate = parse(pem);
        CertificateFingerprint fingerprint = CertificateFingerprint.of(certificate);
        AgencyCertificate existing = em.find(AgencyCertificate.class, fingerprint.value());
        if (existing != null) {
            if (existing.agency().equals(agency)) {
                return AgencyCertificateView.of(existing);
            }
            throw new InvalidRequestException("certificate", "This certificate is already registered to " + existing.agency(),
                    "Chứng thư số này đã được đăng ký cho " + existing.agency());
        }
        AgencyCertificate registered = new AgencyCertificate(fingerprint, agency,
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getNotAfter().toInstant(), clock.instant(), actor);
        em.persist(registered);
        LOG.log(Level.INFO, "Client certificate {0} ({1}) registered to {2} by {3}",
                new Object[]{fingerprint.value(), registered.subject(), agency, actor});
        return AgencyCertificateView.of(registered);
    }

    public List<AgencyCertificateView> of(AgencyCode agency) {
        return em.createNamedQuery(AgencyCertificate.OF_AGENCY, AgencyCertificate.class).setParameter("agency", agency)
                .getResultList().stream().map(AgencyCertificateView::of).toList();
    }

    /** Every agency's client certificates that expire before {@code before} (expired ones included), soonest first. */
    public List<AgencyCertificateView> expiringBefore(Instant before) {
        return em.createNamedQuery(AgencyCertificate.EXPIRING_BEFORE, AgencyCertificate.class).setParameter("before", before)
                .getResultList().stream().map(AgencyCertificateView::of).toList();
    }

    public boolean remove(AgencyCode agency, CertificateFingerprint fingerprint) {
        AgencyCertificate found = em.find(AgencyCertificate.class, fingerprint.value());
        if (found == null || !found.agency().equals(agency)) {
            return false;
        }
        em.remove(found);
        return true;
    }

    /** The active agency the certificate is registered to, if any. */
    public Optional<AgencyCode> signIn(X509Certificate certificate) {
        AgencyCertificate found = em.find(AgencyCertificate.class, CertificateFingerprint.of(certificate).value());
        if (found == null || found.notAfter().isBefore(Instant.now(clock))) {
            return Optional.empty();
        }
        Agency agency = em.find(Agency.class, found.agency().value());
        return agency != null && agency.isActive() ? Optional.of(agency.code()) : Optional.empty();
    }

    private static X509Certificate parse(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new InvalidRequestException("certificate", "A PEM certificate is required", "Cần chứng thư số dạng PEM");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new InvalidRequestException("certificate", "Not a PEM X.509 certificate: " + e.getMessage(),
                    "Không phải chứng thư số X.509 dạng PEM");
        }
    }
}
