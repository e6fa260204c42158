package vn.lienthong.directory.credential;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditTrail;
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

    private static final String MANAGE_EN = "manage agencies' client certificates";
    private static final String MANAGE_VI = "quản lý chứng thư số đăng nhập của cơ quan";

    private static final Logger LOG = Logger.getLogger(AgencyCertificates.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Administrators only: a peer hub's account may not bind certificates here. */
    public AgencyCertificateView register(AgencyCode agency, String pem, Caller caller) {
        return register(agency, pem, caller.requireAdministrator(MANAGE_EN, MANAGE_VI));
    }

    public List<AgencyCertificateView> of(AgencyCode agency, Caller caller) {
        caller.requireAdministrator(MANAGE_EN, MANAGE_VI);
        return of(agency);
    }

    public boolean remove(AgencyCode agency, CertificateFingerprint fingerprint, Caller caller) {
        caller.requireAdministrator(MANAGE_EN, MANAGE_VI);
        return remove(agency, fingerprint);
    }

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
        AgencyCertificateView view = AgencyCertificateView.of(registered);
        audit.record(actor, "directory.certificate-register", agency.value(), null, view);
        return view;
    }

    public List<AgencyCertificateView> of(AgencyCode agency) {
        return em.createNamedQuery(AgencyCertificate.OF_AGENCY, AgencyCertificate.class).setParameter("agency", agency)
                .getResultList().stream().map(AgencyCertificateView::of).toList();
    }

    /** The registered client certificates that expire by {@code before} (expired ones included), soonest first. */
    public List<AgencyCertificateView> expiringBy(Instant before, int limit) {
        return em.createNamedQuery(AgencyCertificate.EXPIRING, AgencyCertificate.class).setParameter("before", before)
                .setMaxResults(limit).getResultList().stream().map(AgencyCertificateView::of).toList();
    }

    public boolean remove(AgencyCode agency, CertificateFingerprint fingerprint) {
        AgencyCertificate found = em.find(AgencyCertificate.class, fingerprint.value());
        if (found == null || !found.agency().equals(agency)) {
            return false;
        }
        AgencyCertificateView before = AgencyCertificateView.of(found);
        em.remove(found);
        audit.record("directory.certificate-remove", agency.value(), before, null);
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
