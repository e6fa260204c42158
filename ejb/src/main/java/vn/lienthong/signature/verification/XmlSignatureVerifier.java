package vn.lienthong.signature.verification;

import vn.lienthong.signature.xmldsig.CanonicalXmlWriter;
import vn.lienthong.signature.xmldsig.DigestPlan;
import vn.lienthong.signature.xmldsig.ParsedSignature;
import vn.lienthong.signature.xmldsig.RelativeNamespaceException;
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
import java.util.Optional;

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

    /** The smallest keys the JDK's secure validation accepts (jdk.xml.dsig.secureValidationPolicy). */
    static final int MIN_RSA_BITS = 1024;
    static final int MIN_EC_BITS = 224;

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
                    return XmlSignatureCheck.failed(SignatureShape.structure("The package cannot be parsed for signature verification",
                            "Không đọc được gói tin để kiểm tra chữ ký số"));
                }
            }
            scan = pass.finish();
        }
        if (scan.signatures() == 0) {
            return XmlSignatureCheck.absent();
        }
        if (scan.signatures() > 1) {
            return XmlSignatureCheck.failed(SignatureShape.structure("The package carries " + scan.signatures()
                            + " XML signatures; the hub accepts exactly one, the sending agency's",
                    "Gói tin có " + scan.signatures() + " chữ ký số XML; Trục chỉ chấp nhận đúng một chữ ký, của cơ quan gửi"));
        }
        SignatureVerdict early = SignatureShape.Outline.of(scan.signature()).refusal(acceptSha1);
        if (early != null) {
            return XmlSignatureCheck.failed(early);
        }
        ParsedSignature signature;
        try {
            signature = ParsedSignature.parse(scan.signature());
        } catch (ParsedSignature.Malformed e) {
            return XmlSignatureCheck.failed(SignatureShape.structure("The Signature element is not a well-formed XML signature: "
                    + e.getMessage(), "Phần tử Signature không phải chữ ký số XML hợp lệ"));
        }
        SignatureVerdict shape = SignatureShape.refusal(signature, acceptSha1);
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
        } catch (GeneralSecurityException | RelativeNamespaceException e) {
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
        return XmlSignatureCheck.intact(chain, SignatureShape.methodName(signature.signatureMethod()), digest);
    }

    private static XmlSignatureCheck cannotVerify(Exception e) {
        return XmlSignatureCheck.failed(SignatureShape.structure("The signature cannot be verified: " + e.getMessage(),
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
            throw new KeyRefused(SignatureShape.algorithm("The signer's " + key.getAlgorithm() + " key has " + bits + " bits; at least "
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
            return new KeyRefused(SignatureShape.structure("The signature cannot be verified: " + reason,
                    "Không kiểm tra được chữ ký số: thiếu hoặc sai chứng thư số của người ký"));
        }
    }
}
