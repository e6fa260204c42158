package vn.lienthong.client.signature;

import vn.lienthong.client.edxml.XmlInput;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies a received package's XML signature on the agency's own machine, in the shape the hub
 * verifies (docs/signatures.md), in two streaming passes over the file: the first keeps the
 * signature (its SignedInfo canonicalised), the second digests the package without it through
 * {@link ExclusiveCanonicalizer}. Memory does not grow with the package.
 *
 * <p>Given trust anchors, the signer's certificate must also chain to one of them (PKIX, without
 * revocation: the hub checked revocation when it accepted the package, and its verdict travels
 * with the inbox item). Whether the signer belongs to the sending agency is the hub's check too.
 */
public final class PackageVerifier {

    private final Set<TrustAnchor> anchors = new HashSet<>();

    /** Checks integrity and that the certificate the signature carries made it. */
    public PackageVerifier() {
    }

    /** Also checks that the signer chains to one of {@code anchors}. */
    public PackageVerifier(Collection<X509Certificate> anchors) {
        for (X509Certificate a : anchors) {
            this.anchors.add(new TrustAnchor(a, null));
        }
    }

    public Verification verify(Path file) throws IOException {
        SignatureParts parts = new SignatureParts();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (!SignatureReading.read(XmlInput.reader(in), parts)) {
                return new Verification(Verification.Verdict.UNSIGNED, "the package carries no XML signature", null);
            }
        } catch (XMLStreamException e) {
            return Verification.invalid("the package is not well-formed XML: " + e.getMessage());
        }
        String problem = parts.shapeProblem();
        if (problem != null) {
            return Verification.invalid(problem);
        }
        MessageDigest digest;
        int signatures;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            digest = MessageDigest.getInstance(XmlDsig.digestAlgorithm(parts.digestMethod));
            signatures = digest(XmlInput.reader(in), digest);
        } catch (XMLStreamException e) {
            return Verification.invalid("the package is not well-formed XML: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return Verification.invalid(e.getMessage());
        }
        if (signatures != 1) {
            return Verification.invalid("the package carries " + signatures + " XML signatures; one is verified");
        }
        if (!MessageDigest.isEqual(digest.digest(), Base64.getMimeDecoder().decode(parts.digestValue.strip()))) {
            return Verification.invalid("the package changed after it was signed (digest mismatch)");
        }
        return checkSigner(parts);
    }

    private Verification checkSigner(SignatureParts parts) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> carried = new ArrayList<>();
            for (String c : parts.certificates) {
                carried.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(c))));
            }
            byte[] value = Base64.getMimeDecoder().decode(parts.signatureValue.strip());
            for (X509Certificate candidate : carried) {
                if (verifies(parts, candidate, value)) {
                    return trust(candidate, carried);
                }
            }
            return Verification.invalid("the signature value is not made by the key of any certificate it carries");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Verification.invalid("the signature cannot be checked: " + e.getMessage());
        }
    }

    private static boolean verifies(SignatureParts parts, X509Certificate candidate, byte[] value) throws GeneralSecurityException {
        String algorithm = XmlDsig.signatureAlgorithm(parts.signatureMethod);
        boolean ec = algorithm.endsWith("ECDSA");
        if (ec != "EC".equals(candidate.getPublicKey().getAlgorithm())) {
            return false;
        }
        Signature check = Signature.getInstance(algorithm);
        check.initVerify(candidate.getPublicKey());
        check.update(parts.canonicalSignedInfo.toByteArray());
        return check.verify(ec ? XmlDsig.concatenatedToDer(value) : value);
    }

    private Verification trust(X509Certificate signer, List<X509Certificate> carried) {
        if (anchors.isEmpty()) {
            return new Verification(Verification.Verdict.VALID, "intact; signed by the certificate it carries", signer);
        }
        try {
            List<X509Certificate> path = new ArrayList<>();
            path.add(signer);
            carried.stream().filter(c -> !c.equals(signer) && !isAnchor(c)).forEach(path::add);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return new Verification(Verification.Verdict.VALID, "intact; the signer chains to a trusted authority", signer);
        } catch (GeneralSecurityException e) {
            return new Verification(Verification.Verdict.UNTRUSTED, "the signer does not chain to a trusted authority: " + e.getMessage(), signer);
        }
    }

    private boolean isAnchor(X509Certificate c) {
        return anchors.stream().anyMatch(a -> a.getTrustedCert().equals(c));
    }

    /**
     * The second pass: the canonical package without its signature into the digest; answers how many
     * signatures it met. Comments are left out even under #WithComments: a same-document reference
     * ({@code URI=""}) never includes them (XML-DSig 4.4.3.3).
     */
    private static int digest(XMLStreamReader r, MessageDigest digest) throws XMLStreamException, IOException {
        try (OutputStream sink = new DigestOutputStream(new java.io.BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16), digest)) {
            ExclusiveCanonicalizer c14n = new ExclusiveCanonicalizer(sink);
            int signatures = 0;
            int skipping = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (skipping > 0) {
                    skipping += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
                    continue;
                }
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if ("Signature".equals(r.getLocalName())) {
                            signatures++;
                            skipping = 1;
                        } else {
                            c14n.startElement(r);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> c14n.endElement(r);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> c14n.characters(r.getText());
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> c14n.processingInstruction(r.getPITarget(), r.getPIData());
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XMLStreamException("a DOCTYPE or entity: edXML never carries one");
                    default -> {
                    }
                }
            }
            return signatures;
        }
    }
}
