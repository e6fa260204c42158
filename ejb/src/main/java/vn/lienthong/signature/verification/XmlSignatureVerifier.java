package vn.lienthong.signature.verification;

import vn.lienthong.signature.xmldsig.CanonicalXmlWriter;
import vn.lienthong.signature.xmldsig.DigestPlan;
import vn.lienthong.signature.xmldsig.ParsedSignature;
import vn.lienthong.signature.xmldsig.SignatureScan;
import vn.lienthong.signature.xmldsig.SignatureTree;
import vn.lienthong.signature.xmldsig.SignatureValueCheck;
import vn.lienthong.signature.xmldsig.StaxPass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the XML digital signature of an edXML package while streaming through it, in constant
 * memory: one enveloped signature over the whole document ({@code Reference URI=""}), exclusive
 * canonicalisation, RSA or ECDSA with SHA-256/384/512, and SHA-1 only when the policy still accepts
 * it. It reads the bytes the hub stores, never a re-serialisation, so what is verified is exactly
 * what recipients get.
 *
 * <p>One StAX pass ({@link SignatureScan}) counts the signatures, keeps the one signature as a
 * small tree and digests the canonical document without it ({@link CanonicalXmlWriter}); SignedInfo,
 * a few hundred bytes, is canonicalised from the tree. When the edXML reader has already made that
 * pass ({@link PackageVerifier.PackageBytes#scanned()}), the bytes are not read again. The rules
 * and verdicts are those of the JDK's DOM XML-DSig verifier the hub used before (kept in the tests
 * as the oracle of a differential test and a fuzz test), in the same order:
 *
 * <ol>
 *   <li>exactly one signature: a second one anywhere (a co-signature, or one nested inside the
 *       first) is refused, since the verdict can name and check only one signer;</li>
 *   <li>before anything is decoded, the raw elements: more than one reference, more than two
 *       transforms, an algorithm outside the accepted ones, SHA-1 where the policy refuses it;</li>
 *   <li>the elements the JDK's unmarshaller requires, in its order ({@link ParsedSignature});</li>
 *   <li>the shape: exclusive canonicalisation, one reference to the whole document (no external
 *       URI), only the enveloped and exclusive canonicalisation transforms, the enveloped one
 *       required;</li>
 *   <li>the signer's key from KeyInfo/X509Data (never a RetrievalMethod, never an Id looked up), of
 *       at least {@value #MIN_RSA_BITS} (RSA) or {@value #MIN_EC_BITS} (EC) bits whatever the
 *       algorithm; then the signature value, then the digest.</li>
 * </ol>
 */
public final class XmlSignatureVerifier {

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

    /** The smallest keys the JDK's secure validation accepts (jdk.xml.dsig.secureValidationPolicy). */
    static final int MIN_RSA_BITS = 1024;
    static final int MIN_EC_BITS = 224;
    private static final int MAX_TRANSFORMS = 2;

    private final long recordingLimit;

    public XmlSignatureVerifier() {
        this(SignatureScan.RECORDING_LIMIT);
    }

    /** With another bound on what is recorded before the signature: 0 always digests in a second pass (tests). */
    XmlSignatureVerifier(long recordingLimit) {
        this.recordingLimit = recordingLimit;
    }

    /** Verifies the signature of the package; SHA-1 passes only if {@code acceptSha1}. */
    public XmlSignatureCheck verify(PackageVerifier.PackageBytes bytes, boolean acceptSha1) throws IOException {
        Optional<SignatureScan.Result> scanned = bytes.scanned();
        SignatureScan.Result scan;
        if (scanned.isPresent()) {
            scan = scanned.get();
        } else {
            SignatureScan pass = SignatureScan.firstPass(recordingLimit);
            try (InputStream in = bytes.open()) {
                if (!StaxPass.run(in, pass)) {
                    return XmlSignatureCheck.failed(structure("The package cannot be parsed for signature verification",
                            "Không đọc được gói tin để kiểm tra chữ ký số"));
                }
            }
            scan = pass.finish();
        }
        if (scan.signatures() == 0) {
            return XmlSignatureCheck.absent();
        }
        if (scan.signatures() > 1) {
            return XmlSignatureCheck.failed(structure("The package carries " + scan.signatures()
                            + " XML signatures; the hub accepts exactly one, the sending agency's",
                    "Gói tin có " + scan.signatures() + " chữ ký số XML; Trục chỉ chấp nhận đúng một chữ ký, của cơ quan gửi"));
        }
        SignatureVerdict early = Outline.of(scan.signature()).refusal(acceptSha1);
        if (early != null) {
            return XmlSignatureCheck.failed(early);
        }
        ParsedSignature signature;
        try {
            signature = ParsedSignature.parse(scan.signature());
        } catch (ParsedSignature.Malformed e) {
            return XmlSignatureCheck.failed(structure("The Signature element is not a well-formed XML signature: "
                    + e.getMessage(), "Phần tử Signature không phải chữ ký số XML hợp lệ"));
        }
        SignatureVerdict shape = checkShape(signature, acceptSha1);
        if (shape != null) {
            return XmlSignatureCheck.failed(shape);
        }
        return validate(signature, scan, bytes);
    }

    /** Key, then signature value, then digest: the order (and the refusals) of the JDK's validate. */
    private XmlSignatureCheck validate(ParsedSignature signature, SignatureScan.Result scan, PackageVerifier.PackageBytes bytes)
            throws IOException {
        List<X509Certificate> chain;
        PublicKey key;
        try {
            chain = signerFirst(signature);
            key = signingKey(chain.get(0), signature.signatureMethod());
        } catch (KeyRefused refused) {
            return XmlSignatureCheck.failed(refused.verdict);
        }
        boolean valueVerifies;
        try {
            valueVerifies = SignatureValueCheck.verifies(signature.signatureMethod(), key,
                    canonicalSignedInfo(signature, scan.signature()), signature.signatureValue());
        } catch (GeneralSecurityException | CanonicalXmlWriter.RelativeNamespaceException e) {
            return cannotVerify(e);
        }
        DigestPlan plan = scan.plan().orElseThrow(() -> new IllegalStateException("a verifiable signature has a digest plan"));
        byte[] digest = scan.digest();
        RuntimeException digestFailure = scan.digestFailure();
        if (scan.digestPending()) {
            SignatureScan second = SignatureScan.secondPass(plan);
            try (InputStream in = bytes.open()) {
                if (!StaxPass.run(in, second)) {
                    throw new IOException("The package could be parsed once and not twice");
                }
            }
            SignatureScan.Result again = second.finish();
            digest = again.digest();
            digestFailure = again.digestFailure();
        }
        if (digestFailure != null) {
            return cannotVerify(digestFailure);
        }
        byte[] expected = signature.references().get(0).digestValue();
        if (plan.unmatchable() || !MessageDigest.isEqual(digest, expected)) {
            return XmlSignatureCheck.failed(SignatureVerdict.invalid(SignatureCheck.DIGEST,
                    "The package was changed after it was signed (digest mismatch)",
                    "Gói tin đã bị thay đổi sau khi ký (giá trị băm không khớp)", null));
        }
        if (!valueVerifies) {
            return XmlSignatureCheck.failed(SignatureVerdict.invalid(SignatureCheck.SIGNATURE_VALUE,
                    "The signature value does not verify with the certificate's key",
                    "Giá trị chữ ký không khớp với khóa của chứng thư số", null));
        }
        return XmlSignatureCheck.intact(chain, SIGNATURE_METHODS.get(signature.signatureMethod()), digest);
    }

    private static XmlSignatureCheck cannotVerify(Exception e) {
        return XmlSignatureCheck.failed(structure("The signature cannot be verified: " + e.getMessage(),
                "Không kiểm tra được chữ ký số: thiếu hoặc sai chứng thư số của người ký"));
    }

    /** SignedInfo in canonical form, with the namespaces in scope around it, as the signer signed it. */
    private static byte[] canonicalSignedInfo(ParsedSignature signature, SignatureTree tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        // The JDK canonicalises SignedInfo without its comments, whichever exclusive method it names.
        CanonicalXmlWriter writer = new CanonicalXmlWriter(out, CanonicalXmlWriter.Mode.EXCLUSIVE,
                signature.canonicalizationPrefixes(), false);
        for (CanonicalXmlWriter.Declaration d : tree.inherited()) {
            writer.inherit(d.prefix(), d.uri());
        }
        for (CanonicalXmlWriter.Declaration d : tree.root().declarations()) {
            writer.inherit(d.prefix(), d.uri());
        }
        signature.signedInfo().writeTo(writer);
        writer.flush();
        return out.toByteArray();
    }

    /** The signer's certificate (the one no other in KeyInfo was issued by) first, then the others. */
    private static List<X509Certificate> signerFirst(ParsedSignature signature) throws KeyRefused {
        if (!signature.keyInfoPresent()) {
            throw KeyRefused.structure("the signature carries no KeyInfo with the signer's certificate");
        }
        List<X509Certificate> certificates = signature.certificates();
        if (certificates.isEmpty()) {
            throw KeyRefused.structure("KeyInfo holds no X509Certificate of the signer");
        }
        X509Certificate signer = certificates.stream()
                .filter(c -> certificates.stream().noneMatch(o -> o != c
                        && o.getIssuerX500Principal().equals(c.getSubjectX500Principal())))
                .findFirst().orElse(certificates.get(0));
        List<X509Certificate> ordered = new ArrayList<>();
        ordered.add(signer);
        certificates.stream().filter(c -> c != signer).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static PublicKey signingKey(X509Certificate signer, String method) throws KeyRefused {
        PublicKey key = signer.getPublicKey();
        boolean ec = method.contains("ecdsa");
        if (ec != "EC".equals(key.getAlgorithm())) {
            throw KeyRefused.structure("the certificate's " + key.getAlgorithm() + " key does not match " + method);
        }
        int bits = keySize(key);
        int minimum = ec ? MIN_EC_BITS : MIN_RSA_BITS;
        if (bits < minimum) {
            throw new KeyRefused(algorithm("The signer's " + key.getAlgorithm() + " key has " + bits + " bits; at least "
                    + minimum + " are required", "Khóa của chứng thư số người ký quá ngắn: " + bits + " bit"));
        }
        return key;
    }

    private static int keySize(Key key) {
        if (key instanceof java.security.interfaces.RSAKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof java.security.interfaces.ECKey ecKey) {
            return ecKey.getParams().getOrder().bitLength();
        }
        return Integer.MAX_VALUE;
    }

    /** The signer's key cannot be used: the verdict says why. */
    private static final class KeyRefused extends Exception {
        private final transient SignatureVerdict verdict;

        KeyRefused(SignatureVerdict verdict) {
            super(verdict.reasonEn());
            this.verdict = verdict;
        }

        static KeyRefused structure(String reason) {
            return new KeyRefused(XmlSignatureVerifier.structure("The signature cannot be verified: " + reason,
                    "Không kiểm tra được chữ ký số: thiếu hoặc sai chứng thư số của người ký"));
        }
    }

    /**
     * What the raw SignedInfo elements say, looked at before anything is decoded: the signature
     * method, and per Reference its digest method and number of transforms.
     */
    private record Outline(String method, List<String> digests, int maxTransforms) {

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
    private static SignatureVerdict checkShape(ParsedSignature signature, boolean acceptSha1) {
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

    private static SignatureVerdict sha1Refused() {
        return algorithm("SHA-1 signatures are not accepted for this sender (policy)",
                "Chữ ký dùng SHA-1 không được chấp nhận đối với đơn vị gửi này (chính sách)");
    }

    private static SignatureVerdict structure(String en, String vi) {
        return SignatureVerdict.invalid(SignatureCheck.STRUCTURE, en, vi, null);
    }

    private static SignatureVerdict algorithm(String en, String vi) {
        return SignatureVerdict.invalid(SignatureCheck.ALGORITHM, en, vi, null);
    }
}
