package vn.lienthong.signature.verification;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What the XML layer found: no signature, a failure (with the verdict), or an intact signature
 * with the certificates its KeyInfo carries, signer first, and the digest of the canonical
 * document it verified.
 */
public record XmlSignatureCheck(SignatureVerdict failure, List<X509Certificate> certificates, String algorithm,
                                boolean present, byte[] documentDigest) {

    public XmlSignatureCheck {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        documentDigest = documentDigest == null ? null : documentDigest.clone();
    }

    static XmlSignatureCheck absent() {
        return new XmlSignatureCheck(null, List.of(), null, false, null);
    }

    static XmlSignatureCheck failed(SignatureVerdict verdict) {
        return new XmlSignatureCheck(verdict, List.of(), null, true, null);
    }

    static XmlSignatureCheck intact(List<X509Certificate> chain, String algorithm, byte[] documentDigest) {
        return new XmlSignatureCheck(null, chain, algorithm, true, documentDigest);
    }

    public Optional<SignatureVerdict> failureVerdict() {
        return Optional.ofNullable(failure);
    }

    public X509Certificate signer() {
        return certificates.get(0);
    }

    @Override
    public byte[] documentDigest() {
        return documentDigest == null ? null : documentDigest.clone();
    }
}
