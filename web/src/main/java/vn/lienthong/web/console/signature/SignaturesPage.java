package vn.lienthong.web.console.signature;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.signature.overview.CertificateView;
import vn.lienthong.signature.overview.RevocationSourceView;
import vn.lienthong.signature.overview.SignatureOverview;
import vn.lienthong.signature.policy.SignaturePolicies;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.policy.SignerBindingView;
import vn.lienthong.signature.policy.SignerBindings;
import vn.lienthong.web.console.ConsoleMessages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Signatures (chữ ký số): the hub's trust anchors, its revocation sources with how fresh each CRL
 * is, the certificates ending within {@value #EXPIRY_DAYS} days, and one agency's policy and signers.
 */
@Named("signatures")
@RequestScoped
public class SignaturesPage {

    static final int EXPIRY_DAYS = 30;

    @Inject
    SignatureOverview overview;

    @Inject
    SignaturePolicies policies;

    @Inject
    SignerBindings bindings;

    @Inject
    ConsoleMessages messages;

    @Inject
    Clock clock;

    private String agency;
    private List<CertificateView> anchors;
    private List<RevocationSourceView> sources;
    private List<CertificateView> expiring;

    public List<CertificateView> getTrustAnchors() {
        if (anchors == null) {
            anchors = overview.trustAnchors();
        }
        return anchors;
    }

    public List<RevocationSourceView> getRevocationSources() {
        if (sources == null) {
            sources = overview.revocationSources();
        }
        return sources;
    }

    public List<CertificateView> getExpiring() {
        if (expiring == null) {
            expiring = overview.expiringWithin(Duration.ofDays(EXPIRY_DAYS));
        }
        return expiring;
    }

    public boolean isStale(RevocationSourceView source) {
        return source.stale(clock.instant());
    }

    public boolean isExpired(CertificateView certificate) {
        return certificate.notAfter().isBefore(clock.instant());
    }

    public long daysLeft(Instant notAfter) {
        return Duration.between(clock.instant(), notAfter).toDays();
    }

    public SignaturePolicy getPolicy() {
        AgencyCode code = code();
        return code == null ? null : policies.policyOf(code);
    }

    public boolean isOwnPolicy() {
        AgencyCode code = code();
        return code != null && policies.hasOwn(code);
    }

    public List<SignerBindingView> getBindings() {
        AgencyCode code = code();
        return code == null ? List.of() : bindings.of(code);
    }

    private AgencyCode code() {
        if (agency == null || agency.isBlank()) {
            return null;
        }
        try {
            return AgencyCode.of(agency.strip());
        } catch (BusinessException e) {
            messages.refused(e);
            agency = null;
            return null;
        }
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
