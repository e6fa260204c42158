package vn.lienthong.signature.policy;

import vn.lienthong.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.signature.SignatureSettings;
import vn.lienthong.signature.revocation.RevocationFailure;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Each agency's signature policy: its own when an administrator set one, the server's otherwise. */
@Stateless
public class SignaturePolicies {

    private static final Logger LOG = Logger.getLogger(SignaturePolicies.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    SignatureSettings settings;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public SignaturePolicy policyOf(AgencyCode agency) {
        SignaturePolicy fallback = settings.fallbackPolicy();
        return own(agency).map(p -> new SignaturePolicy(p.mode(), p.acceptSha1(),
                p.revocationFailure().orElse(fallback.revocationFailure()))).orElse(fallback);
    }

    /** Whether the agency has a policy of its own (false: the server default applies). */
    public boolean hasOwn(AgencyCode agency) {
        return own(agency).isPresent();
    }

    public SignaturePolicy set(AgencyCode agency, PolicyMode mode, boolean acceptSha1, RevocationFailure revocationFailure,
                               String actor) {
        if (em.find(Agency.class, agency.value()) == null) {
            throw new UnknownAgencyException(agency);
        }
        Optional<SignaturePolicy> before = hasOwn(agency) ? Optional.of(policyOf(agency)) : Optional.empty();
        AgencySignaturePolicy policy = em.find(AgencySignaturePolicy.class, agency.value());
        if (policy == null) {
            policy = new AgencySignaturePolicy(agency);
            policy.set(mode, acceptSha1, revocationFailure, clock.instant(), actor);
            em.persist(policy);
        } else {
            policy.set(mode, acceptSha1, revocationFailure, clock.instant(), actor);
        }
        LOG.log(Level.INFO, "Signature policy of {0} set to {1}, SHA-1 {2}, revocation failure {3} by {4}",
                new Object[]{agency, mode, acceptSha1 ? "accepted" : "refused", revocationFailure, actor});
        SignaturePolicy after = policyOf(agency);
        audit.record(actor, "signature.policy-set", agency.value(), before.orElse(null), after);
        return after;
    }

    /** Back to the server's default. */
    public boolean reset(AgencyCode agency) {
        AgencySignaturePolicy policy = em.find(AgencySignaturePolicy.class, agency.value());
        if (policy == null) {
            return false;
        }
        SignaturePolicy before = policyOf(agency);
        em.remove(policy);
        audit.record("signature.policy-reset", agency.value(), before, null);
        return true;
    }

    private Optional<AgencySignaturePolicy> own(AgencyCode agency) {
        return Optional.ofNullable(em.find(AgencySignaturePolicy.class, agency.value()));
    }
}
