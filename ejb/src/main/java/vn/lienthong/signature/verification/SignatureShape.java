package vn.lienthong.signature.verification;

import vn.lienthong.signature.xmldsig.ParsedSignature;
import vn.lienthong.signature.xmldsig.SignatureTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one shape of signature the hub verifies ({@link XmlSignatureVerifier}, steps 2 and 4): the
 * accepted algorithms, one reference to the whole package, the enveloped and exclusive
 * canonicalisation transforms only; SHA-1 where the policy still accepts it. Each refusal is the
 * verdict the sender gets.
 */
final class SignatureShape {

    private static final Set<String> CANONICALISATIONS = Set.of(ParsedSignature.EXCLUSIVE, ParsedSignature.EXCLUSIVE_WITH_COMMENTS);
    private static final Map<String, String> SIGNATURE_METHODS = Map.of(
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "RSA-SHA1",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "RSA-SHA256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "RSA-SHA384",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "RSA-SHA512",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1", "ECDSA-SHA1",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "ECDSA-SHA256",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "ECDSA-SHA384",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "ECDSA-SHA512");
    private static final String SHA1_DIGEST = "http://www.w3.org/2000/09/xmldsig#sha1";
    private static final Set<String> SHA1_METHODS = Set.of("http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1", SHA1_DIGEST);
    private static final Set<String> DIGESTS = Set.of(SHA1_DIGEST, "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "http://www.w3.org/2001/04/xmlenc#sha512");

    private static final int MAX_TRANSFORMS = 2;

    private SignatureShape() {
    }

    /** The short name of an accepted signature method (RSA-SHA256, ...), null for any other. */
    static String methodName(String method) {
        return SIGNATURE_METHODS.get(method);
    }

    /**
     * What the raw SignedInfo elements say, looked at before anything is decoded: the signature
     * method, and per Reference its digest method and number of transforms.
     */
    record Outline(String method, List<String> digests, int maxTransforms) {

        static Outline of(SignatureTree tree) {
            Optional<SignatureTree.Element> signedInfo = tree.root().child("SignedInfo");
            if (signedInfo.isEmpty()) {
                return new Outline(null, List.of(), 0);
            }
            String method = signedInfo.get().child("SignatureMethod").map(m -> orEmpty(m.attribute("Algorithm"))).orElse(null);
            List<String> digests = new ArrayList<>();
            int maxTransforms = 0;
            for (SignatureTree.Element reference : signedInfo.get().childElements()) {
                if (!reference.is("Reference")) {
                    continue;
                }
                digests.add(reference.child("DigestMethod").map(d -> orEmpty(d.attribute("Algorithm"))).orElse(null));
                int transforms = reference.child("Transforms")
                        .map(t -> (int) t.childElements().stream().filter(e -> e.is("Transform")).count()).orElse(0);
                maxTransforms = Math.max(maxTransforms, transforms);
            }
            return new Outline(method, digests, maxTransforms);
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }

        boolean usesSha1() {
            return (method != null && SHA1_METHODS.contains(method))
                    || digests.stream().anyMatch(d -> d != null && SHA1_METHODS.contains(d));
        }

        SignatureVerdict refusal(boolean acceptSha1) {
            if (digests.size() > 1) {
                return structure("The signature must have exactly one reference (URI=\"\", the whole package), not " + digests.size(),
                        "Chữ ký phải có đúng một tham chiếu (URI=\"\", toàn bộ gói tin)");
            }
            if (maxTransforms > MAX_TRANSFORMS) {
                return structure("The signature's reference has " + maxTransforms + " transforms; only enveloped-signature "
                        + "and exclusive canonicalisation are accepted", "Tham chiếu của chữ ký có quá nhiều phép biến đổi");
            }
            if (method != null && !SIGNATURE_METHODS.containsKey(method)) {
                return algorithm("Signature method " + method + " is not accepted", "Thuật toán ký " + method + " không được chấp nhận");
            }
            for (String digest : digests) {
                if (digest != null && !DIGESTS.contains(digest)) {
                    return algorithm("Digest method " + digest + " is not accepted", "Thuật toán băm " + digest + " không được chấp nhận");
                }
            }
            if (!acceptSha1 && usesSha1()) {
                return sha1Refused();
            }
            return null;
        }
    }

    /** Null when the signature has the one shape the hub verifies, the verdict otherwise. */
    static SignatureVerdict refusal(ParsedSignature signature, boolean acceptSha1) {
        String method = signature.signatureMethod();
        if (!SIGNATURE_METHODS.containsKey(method)) {
            return algorithm("Signature method " + method + " is not accepted", "Thuật toán ký " + method + " không được chấp nhận");
        }
        String c14n = signature.canonicalization();
        if (!CANONICALISATIONS.contains(c14n)) {
            return algorithm("Canonicalisation " + c14n + " is not accepted: use exclusive canonicalisation",
                    "Phương pháp chuẩn hóa " + c14n + " không được chấp nhận: dùng chuẩn hóa loại trừ (exc-c14n)");
        }
        if (signature.references().size() != 1) {
            return structure("The signature must have exactly one reference (URI=\"\", the whole package)",
                    "Chữ ký phải có đúng một tham chiếu (URI=\"\", toàn bộ gói tin)");
        }
        ParsedSignature.ParsedReference reference = signature.references().get(0);
        if (reference.uri() == null || !reference.uri().isEmpty()) {
            return structure("The signature must cover the whole package (Reference URI=\"\"), not " + reference.uri(),
                    "Chữ ký phải bao trùm toàn bộ gói tin (Reference URI=\"\")");
        }
        boolean enveloped = false;
        for (ParsedSignature.ParsedTransform t : reference.transforms()) {
            if (ParsedSignature.ENVELOPED.equals(t.algorithm())) {
                enveloped = true;
            } else if (!CANONICALISATIONS.contains(t.algorithm())) {
                return structure("Transform " + t.algorithm() + " is not accepted", "Phép biến đổi " + t.algorithm() + " không được chấp nhận");
            }
        }
        if (!enveloped) {
            return structure("The signature must be enveloped (enveloped-signature transform)",
                    "Chữ ký phải là chữ ký bao trong (enveloped-signature)");
        }
        String digest = reference.digestMethod();
        if (!DIGESTS.contains(digest)) {
            return algorithm("Digest method " + digest + " is not accepted", "Thuật toán băm " + digest + " không được chấp nhận");
        }
        if (!acceptSha1 && (SHA1_METHODS.contains(method) || SHA1_METHODS.contains(digest))) {
            return sha1Refused();
        }
        return null;
    }

    static SignatureVerdict sha1Refused() {
        return algorithm("SHA-1 signatures are not accepted for this sender (policy)",
                "Chữ ký dùng SHA-1 không được chấp nhận đối với đơn vị gửi này (chính sách)");
    }

    static SignatureVerdict structure(String en, String vi) {
        return SignatureVerdict.invalid(SignatureCheck.STRUCTURE, en, vi, null);
    }

    static SignatureVerdict algorithm(String en, String vi) {
        return SignatureVerdict.invalid(SignatureCheck.ALGORITHM, en, vi, null);
    }
}
