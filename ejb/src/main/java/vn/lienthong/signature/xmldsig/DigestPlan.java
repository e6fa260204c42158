package vn.lienthong.signature.xmldsig;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the one reference of an enveloped signature digests the document: the digest algorithm, and
 * canonicalisation exclusive (with its InclusiveNamespaces) or, when the reference names the
 * enveloped-signature transform alone, inclusive Canonical XML 1.0 (XML-DSig's default for a node
 * set). A reference that canonicalises <em>before</em> removing the signature digests the
 * signature itself, which cannot match: {@link #unmatchable()}.
 */
public record DigestPlan(String jcaDigest, CanonicalXmlWriter.Mode mode, List<String> prefixes, boolean unmatchable) {

    private static final Map<String, String> DIGESTS = Map.of(
            "http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1",
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

    /** The plan for a signature of the one shape the hub verifies, else empty (the signature is refused anyway). */
    public static Optional<DigestPlan> of(ParsedSignature signature) {
        if (signature.references().size() != 1) {
            return Optional.empty();
        }
        ParsedSignature.ParsedReference reference = signature.references().get(0);
        String jca = DIGESTS.get(reference.digestMethod());
        if (jca == null || !"".equals(reference.uri())) {
            return Optional.empty();
        }
        boolean enveloped = false;
        boolean canonicalisedFirst = false;
        ParsedSignature.ParsedTransform exclusive = null;
        for (ParsedSignature.ParsedTransform t : reference.transforms()) {
            switch (t.algorithm()) {
                case ParsedSignature.ENVELOPED -> {
                    enveloped = true;
                    canonicalisedFirst |= exclusive != null;
                }
                case ParsedSignature.EXCLUSIVE, ParsedSignature.EXCLUSIVE_WITH_COMMENTS -> exclusive = t;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (!enveloped) {
            return Optional.empty();
        }
        return Optional.of(exclusive == null
                ? new DigestPlan(jca, CanonicalXmlWriter.Mode.INCLUSIVE, List.of(), false)
                : new DigestPlan(jca, CanonicalXmlWriter.Mode.EXCLUSIVE, exclusive.prefixes(), canonicalisedFirst));
    }

    MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaDigest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaDigest + " is part of every Java runtime", e);
        }
    }
}
