package vn.lienthong.client.signature;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** What the first pass of {@link PackageVerifier} keeps of the package's signature: a few kilobytes. */
final class SignatureParts {

    final ByteArrayOutputStream canonicalSignedInfo = new ByteArrayOutputStream();
    String canonicalization;
    String signatureMethod;
    String referenceUri;
    int references;
    final List<String> transforms = new ArrayList<>();
    String digestMethod;
    String digestValue;
    String signatureValue;
    final List<String> certificates = new ArrayList<>();
    boolean inclusiveNamespaces;

    /** Why this is not the one shape the hub (and this client) verifies, or null when it is. */
    String shapeProblem() {
        if (references != 1) {
            return "the signature has " + references + " references; exactly one, to the whole package, is verified";
        }
        if (!"".equals(referenceUri)) {
            return "the reference is not URI=\"\" (the whole package)";
        }
        if (inclusiveNamespaces) {
            return "an InclusiveNamespaces prefix list is not verified by this client";
        }
        if (!XmlDsig.EXC_C14N.equals(canonicalization) && !XmlDsig.EXC_C14N_WITH_COMMENTS.equals(canonicalization)) {
            return "canonicalization " + canonicalization + " is not exclusive canonicalization";
        }
        if (transforms.size() != 2 || !XmlDsig.ENVELOPED.equals(transforms.get(0))
                || !(XmlDsig.EXC_C14N.equals(transforms.get(1)) || XmlDsig.EXC_C14N_WITH_COMMENTS.equals(transforms.get(1)))) {
            return "transforms " + transforms + " are not the enveloped-signature and exclusive canonicalization transforms";
        }
        if (digestMethod == null || XmlDsig.digestAlgorithm(digestMethod) == null) {
            return "digest method " + digestMethod + " is not accepted (SHA-256, SHA-384, SHA-512)";
        }
        if (signatureMethod == null || XmlDsig.signatureAlgorithm(signatureMethod) == null) {
            return "signature method " + signatureMethod + " is not accepted (RSA or ECDSA with SHA-256, SHA-384, SHA-512)";
        }
        if (digestValue == null || signatureValue == null || certificates.isEmpty()) {
            return "the signature lacks its DigestValue, SignatureValue or X509Certificate";
        }
        return null;
    }
}
