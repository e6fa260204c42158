package vn.lienthong.signature.policy;

import vn.lienthong.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.directory.credential.CertificateFingerprint;
import vn.lienthong.platform.InvalidRequestException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which signing certificates belong to which agency, as administrators registered them. A package
 * is accepted only if its signer's certificate is bound to the sending agency: a valid signature
 * made with another agency's key is refused.
 */
@Stateless
public class SignerBindings {

    private static final Logger LOG = Logger.getLogger(SignerBindings.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public SignerBindingView bindCertificate(AgencyCode agency, String pem, String actor) {
        X509Certificate certificate = parse(pem);
        return SignerBindingView.of(bind(agency, SignerBinding.Kind.CERTIFICATE, CertificateFingerprint.of(certificate).value(),
                certificate.getSubjectX500Principal().getName(), actor));
    }

    public SignerBindingView bindSubjectAttribute(AgencyCode agency, String attribute, String actor) {
        int eq = attribute == null ? -1 : attribute.indexOf('=');
        if (eq <= 0 || eq == attribute.length() - 1) {
            throw new InvalidRequestException("subjectAttribute", "subjectAttribute must look like OU=000.00.00.H41",
                    "subjectAttribute phải có dạng OU=000.00.00.H41");
        }
        try {
            SignerBinding.attributeType(attribute.substring(0, eq));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("subjectAttribute", "Unknown attribute type " + attribute.substring(0, eq),
                    "Không biết loại thuộc tính " + attribute.substring(0, eq));
        }
        return SignerBindingView.of(bind(agency, SignerBinding.Kind.SUBJECT_ATTRIBUTE, attribute.strip(), null, actor));
    }

    private SignerBinding bind(AgencyCode agency, SignerBinding.Kind kind, String value, String description, String actor) {
        if (em.find(Agency.class, agency.value()) == null) {
            throw new UnknownAgencyException(agency);
        }
        List<SignerBinding> existing = em.createNamedQuery(SignerBinding.MATCHING, SignerBinding.class).setParameter("kind", kind).setParameter("value", value).getResultList();
        for (SignerBinding b : existing) {
            if (b.agency().equals(agency)) {
                return b;
            }
            throw new InvalidRequestException(kind == SignerBinding.Kind.CERTIFICATE ? "certificate" : "subjectAttribute",
                    "This signer is already bound to " + b.agency(), "Người ký này đã được gắn với cơ quan " + b.agency());
        }
        SignerBinding binding = new SignerBinding(agency, kind, value, description, clock.instant(), actor);
        em.persist(binding);
        LOG.log(Level.INFO, "Signer {0} {1} bound to {2} by {3}", new Object[]{kind, value, agency, actor});
        audit.record(actor, "signature.signer-bind", agency.value(), null, SignerBindingView.of(binding));
        return binding;
    }

    public List<SignerBindingView> of(AgencyCode agency) {
        return bindingsOf(agency).stream().map(SignerBindingView::of).toList();
    }

    private List<SignerBinding> bindingsOf(AgencyCode agency) {
        return em.createNamedQuery(SignerBinding.OF_AGENCY, SignerBinding.class).setParameter("agency", agency).getResultList();
    }

    public boolean remove(AgencyCode agency, String id) {
        SignerBinding found = em.find(SignerBinding.class, id);
        if (found == null || !found.agency().equals(agency)) {
            return false;
        }
        SignerBindingView before = SignerBindingView.of(found);
        em.remove(found);
        audit.record("signature.signer-unbind", agency.value(), before, null);
        return true;
    }

    /** Whether {@code certificate} is bound to {@code agency} by any of the agency's rules. */
    public boolean belongsTo(X509Certificate certificate, AgencyCode agency) {
        return bindingsOf(agency).stream().anyMatch(b -> b.matches(certificate));
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
