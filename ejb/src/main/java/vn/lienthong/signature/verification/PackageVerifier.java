package vn.lienthong.signature.verification;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.credential.CertificateFingerprint;
import vn.lienthong.signature.xmldsig.SignatureScan;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.revocation.RevocationChecker;
import vn.lienthong.signature.revocation.RevocationStatus;
import vn.lienthong.signature.trust.CertificatePathValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The whole verification of one package, in the order that fails cheapest first: the XML
 * signature, the certificate path to a trust anchor, the signer's binding to the sender, then
 * revocation (the only step that may go to the network). Gives a verdict; what the verdict means
 * for acceptance is the policy's business ({@link PackageSignatures}).
 *
 * <p>A signature by the hub's own certificate is no agency's: it gets a verdict of its own,
 * {@link SignatureOutcome#HUB_SIGNED}, on a package the hub originated ({@link PackageOrigin#HUB}),
 * and is refused on anything an agency sends.
 */
public final class PackageVerifier {

    /** Opens the package's bytes as stored, from the first byte. */
    @FunctionalInterface
    public interface PackageBytes {
        InputStream open() throws IOException;

        /**
         * What a pass that already read these bytes found of their signature (the edXML reader's
         * pass, {@link SignatureScan}), so that the verifier need not read them again; empty when no
         * such pass was made.
         */
        default Optional<SignatureScan.Result> scanned() {
            return Optional.empty();
        }

        /**
         * These bytes, with what {@code scan} found of their signature in a pass over them that has
         * ended (the edXML reader's); just the bytes if that pass failed, so the verifier reads them itself.
         */
        static PackageBytes scannedBy(PackageBytes bytes, SignatureScan pass) {
            if (pass.hasFailed()) {
                return bytes;
            }
            SignatureScan.Result scan = pass.finish();
            return new PackageBytes() {
                @Override
                public InputStream open() throws IOException {
                    return bytes.open();
                }

                @Override
                public Optional<SignatureScan.Result> scanned() {
                    return Optional.of(scan);
                }
            };
        }
    }

    private final XmlSignatureVerifier xml = new XmlSignatureVerifier();
    private final CertificatePathValidator paths;
    private final RevocationChecker revocation;
    private final BiPredicate<X509Certificate, AgencyCode> bindings;
    private final Clock clock;
    private final Optional<X509Certificate> hubCertificate;

    public PackageVerifier(CertificatePathValidator paths, RevocationChecker revocation,
                           BiPredicate<X509Certificate, AgencyCode> bindings, Clock clock) {
        this(paths, revocation, bindings, clock, Optional.empty());
    }

    /**
     * @param hubCertificate the hub's own signing certificate, which signs only the packages the hub
     *                       originates itself (dossier hand-overs), see {@link #verify}
     */
    public PackageVerifier(CertificatePathValidator paths, RevocationChecker revocation,
                           BiPredicate<X509Certificate, AgencyCode> bindings, Clock clock,
                           Optional<X509Certificate> hubCertificate) {
        this.paths = paths;
        this.revocation = revocation;
        this.bindings = bindings;
        this.clock = clock;
        this.hubCertificate = hubCertificate;
    }

    /**
     * @param signatureElementSeen whether the edXML reader saw a Signature element (in any
     *                             namespace); one that is not an XML-DSig signature is invalid, not absent
     */
    public SignatureVerdict verify(PackageBytes bytes, boolean signatureElementSeen, AgencyCode sender, SignaturePolicy policy) {
        return verify(bytes, signatureElementSeen, sender, policy, PackageOrigin.AGENCY);
    }

    /**
     * @param origin whether an agency sent the package, or the hub built it; only the latter may be
     *               signed with the hub's key
     */
    public SignatureVerdict verify(PackageBytes bytes, boolean signatureElementSeen, AgencyCode sender, SignaturePolicy policy,
                                   PackageOrigin origin) {
        XmlSignatureCheck check;
        try {
            check = xml.verify(bytes, policy.acceptSha1());
        } catch (IOException e) {
            throw new UncheckedIOException("The stored package cannot be read for signature verification", e);
        }
        if (!check.present()) {
            return signatureElementSeen
                    ? SignatureVerdict.invalid(SignatureCheck.STRUCTURE,
                    "The Signature element is not an XML digital signature (namespace http://www.w3.org/2000/09/xmldsig#)",
                    "Phần tử Signature không phải chữ ký số XML (không gian tên http://www.w3.org/2000/09/xmldsig#)", null)
                    : SignatureVerdict.unsigned();
        }
        if (check.failureVerdict().isPresent()) {
            return check.failureVerdict().get();
        }
        X509Certificate certificate = check.signer();
        SignatureVerdict.Signer signer = new SignatureVerdict.Signer(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), CertificateFingerprint.of(certificate).value(), check.algorithm());
        if (hubCertificate.filter(certificate::equals).isPresent()) {
            return hubSigned(certificate, signer, origin);
        }
        CertificatePathValidator.ValidatedPath path;
        try {
            path = paths.validate(check.certificates(), clock.instant());
        } catch (CertificatePathValidator.PathRefused refused) {
            return refused.verdict().withSigner(signer);
        }
        if (!bindings.test(certificate, sender)) {
            return SignatureVerdict.invalid(SignatureCheck.SIGNER_BINDING,
                    "The signer " + signer.subject() + " is not registered to the sending agency " + sender,
                    "Người ký " + signer.subject() + " không được đăng ký thuộc cơ quan gửi " + sender, signer);
        }
        RevocationStatus status = revocation.check(path.chain());
        return switch (status.state()) {
            case GOOD -> SignatureVerdict.valid(signer);
            case REVOKED -> SignatureVerdict.invalid(SignatureCheck.CERTIFICATE_REVOKED,
                    "The signing certificate was " + status.detail(), "Chứng thư số của người ký đã bị thu hồi: " + status.detail(), signer);
            case UNKNOWN -> SignatureVerdict.indeterminate(SignatureCheck.REVOCATION_UNKNOWN,
                    "Revocation could not be checked: " + status.detail(),
                    "Không kiểm tra được tình trạng thu hồi chứng thư số: " + status.detail(), signer);
        };
    }

    /**
     * Only the hub holds its key, and it signs only what it originates itself in an agency's name: such
     * a package is not the agency's signature, and says so. Its certificate may be a development one
     * outside the agencies' CAs and is bound to no agency, so path, binding and revocation do not
     * apply; its dates do. The same signature on anything an agency sends is refused: the hub's key
     * is no agency's signer, whatever an administrator bound.
     */
    private SignatureVerdict hubSigned(X509Certificate certificate, SignatureVerdict.Signer signer, PackageOrigin origin) {
        if (origin != PackageOrigin.HUB) {
            return SignatureVerdict.invalid(SignatureCheck.SIGNER_BINDING,
                    "The package is signed with the hub's own key, which signs only packages the hub originates itself; "
                            + "it is no agency's signer",
                    "Gói tin được ký bằng khóa của chính Trục, khóa này chỉ ký các gói tin do Trục tự tạo; "
                            + "đây không phải chữ ký của cơ quan gửi", signer);
        }
        try {
            CertificatePathValidator.checkDates(certificate, clock.instant());
        } catch (CertificatePathValidator.PathRefused refused) {
            return refused.verdict().withSigner(signer);
        }
        return SignatureVerdict.hubSigned(signer);
    }
}
