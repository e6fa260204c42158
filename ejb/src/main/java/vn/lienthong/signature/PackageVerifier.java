package vn.lienthong.signature;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.CertificateFingerprint;

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
 */
public final class PackageVerifier {

    /** Opens the package's bytes as stored, from the first byte. */
    @FunctionalInterface
    public interface PackageBytes {
        InputStream open() throws IOException;
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
     * @param hubCertificate the hub's own signing certificate: a package it signed is one the hub
     *                       originated on behalf of the sender (a dossier hand-over), see {@link #verify}
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
        XmlSignatureCheck check;
        try (InputStream in = bytes.open()) {
            check = xml.verify(in, policy.acceptSha1());
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
            // Only the hub holds this key, and it signs only packages it originates itself on behalf of
            // an agency. Its certificate may be a development one outside the agencies' CAs and is bound
            // to no agency, so path, binding and revocation do not apply; the signature itself was checked.
            return SignatureVerdict.valid(signer);
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
}
