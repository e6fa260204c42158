package vn.lienthong.signature.verification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.SignatureSettings;
import vn.lienthong.signature.hubkey.HubSigning;
import vn.lienthong.signature.policy.PolicyMode;
import vn.lienthong.signature.policy.SignaturePolicies;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.policy.SignerBindings;
import vn.lienthong.signature.revocation.RevocationFailure;

import java.time.Clock;
import java.util.Optional;

/**
 * Judges a sender's package (a document or a status) by its signature and the sender's policy,
 * before anything is stored: returns the verdict to record with the accepted package, or refuses
 * it. Runs outside any transaction, since revocation checks may wait on the network.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PackageSignatures {

    @Inject
    SignatureSettings settings;

    @EJB
    SignaturePolicies policies;

    @EJB
    SignerBindings bindings;

    @EJB
    HubSigning hub;

    @Inject
    Clock clock;

    /**
     * @param origin {@link PackageOrigin#HUB} only for a package the hub built and signed itself
     *               (a dossier step's hand-over); everything that arrives over REST or SOAP is an agency's
     * @throws SignatureRefusedException when the policy does not accept the verdict
     */
    public SignatureVerdict judge(AgencyCode sender, PackageVerifier.PackageBytes bytes, boolean signatureElementSeen,
                                  PackageOrigin origin) {
        SignaturePolicy policy = policies.policyOf(sender);
        PackageVerifier verifier = new PackageVerifier(settings.paths(), settings.revocation(), bindings::belongsTo, clock,
                Optional.of(hub.certificate()));
        SignatureVerdict verdict = verifier.verify(bytes, signatureElementSeen, sender, policy, origin);
        return switch (verdict.outcome()) {
            // A hub-signed verdict exists only for a package of hub origin, under any policy.
            case VALID, HUB_SIGNED -> verdict;
            case UNSIGNED -> {
                if (policy.mode() == PolicyMode.ACCEPT_UNSIGNED) {
                    yield verdict;
                }
                throw new SignatureRefusedException(SignatureVerdict.invalid(SignatureCheck.PRESENCE,
                        "Packages from " + sender + " must carry a valid XML digital signature",
                        "Gói tin của " + sender + " phải có chữ ký số hợp lệ", null));
            }
            case INDETERMINATE -> {
                if (policy.revocationFailure() == RevocationFailure.SOFT) {
                    yield verdict;
                }
                throw new SignatureRefusedException(verdict);
            }
            case INVALID -> throw new SignatureRefusedException(verdict);
        };
    }
}
