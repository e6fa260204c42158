package vn.lienthong.signature.verification;


import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle of the streaming {@link XmlSignatureVerifier}: the hub's verifier as it was until the
 * package was verified while streaming, with the JDK's DOM XML-DSig API. {@code
 * StreamingVerifierDifferentialTest} and {@code StreamingVerifierFuzzTest} require both to give the
 * same verdict (and the same digest) on every package.
 *
 * <p>Checks the XML digital signature of an edXML package with the JDK's XML-DSig API: one enveloped
 * signature over the whole document ({@code Reference URI=""}), exclusive canonicalisation, RSA or
 * ECDSA with SHA-256/384/512, and SHA-1 only when the policy still accepts it. It reads the bytes
 * the hub stores, never a re-serialisation, so what is verified is exactly what recipients get.
 *
 * <p>A package carries exactly one signature, the sending agency's: a second one anywhere in it
 * (a co-signature, or one nested inside the first) is refused, since the verdict can name and
 * check only one signer and a recipient must not be shown a signature the hub never judged.
 *
 * <p>The package has already passed {@link vn.lienthong.exchange.edxml.EdxmlReader}, which refuses
 * DTDs and entities; the DOM parser here is locked down the same way regardless. Before the JDK
 * reads the signature, a look at the raw elements refuses more than one reference, more than two
 * transforms and any algorithm outside the accepted ones, so nothing costly is ever unmarshalled.
 * The JDK's secure validation ({@code org.jcp.xml.dsig.secureValidation}) is then on for
 * unmarshalling and validation alike, except for a SHA-1 signature the sender's policy accepts:
 * secure validation rejects SHA-1 outright. What it would otherwise guard is guarded here for every
 * signature: one reference to the whole document, only the enveloped and exclusive
 * canonicalisation transforms, the accepted algorithms, no external URI, keys of at least
 * {@value #MIN_RSA_BITS} (RSA) or {@value #MIN_EC_BITS} (EC) bits; KeyInfo is read for X509Data only
 * (no RetrievalMethod is followed) and no Id is ever looked up.
 */
public final class DomXmlSignatureVerifier {

    static final String ENVELOPED = Transform.ENVELOPED;
    private static final Set<String> CANONICALISATIONS = Set.of(CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS);
    private static final Map<String, String> SIGNATURE_METHODS = Map.of(
            SignatureMethod.RSA_SHA1, "RSA-SHA1",
            SignatureMethod.RSA_SHA256, "RSA-SHA256",
            SignatureMethod.RSA_SHA384, "RSA-SHA384",
            SignatureMethod.RSA_SHA512, "RSA-SHA512",
            SignatureMethod.ECDSA_SHA1, "ECDSA-SHA1",
            SignatureMethod.ECDSA_SHA256, "ECDSA-SHA256",
            SignatureMethod.ECDSA_SHA384, "ECDSA-SHA384",
            SignatureMethod.ECDSA_SHA512, "ECDSA-SHA512");
    private static final Set<String> SHA1_METHODS = Set.of(SignatureMethod.RSA_SHA1, SignatureMethod.ECDSA_SHA1,
            DigestMethod.SHA1);
    private static final Set<String> DIGESTS = Set.of(DigestMethod.SHA1, DigestMethod.SHA256,
            "http://www.w3.org/2001/04/xmldsig-more#sha384", DigestMethod.SHA512);

    private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");
    private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";
    /** The smallest keys the JDK's secure validation accepts (jdk.xml.dsig.secureValidationPolicy). */
    static final int MIN_RSA_BITS = 1024;
    static final int MIN_EC_BITS = 224;
    private static final int MAX_TRANSFORMS = 2;

    /** Verifies the signature(s) of the package read from {@code in}; SHA-1 passes only if {@code acceptSha1}. */
    public XmlSignatureCheck verify(InputStream in, boolean acceptSha1) throws IOException {
        Document document;
        try {
            document = newBuilder().parse(in);
        } catch (SAXException e) {
            return XmlSignatureCheck.failed(structure("The package cannot be parsed for signature verification: "
                    + e.getMessage(), "Không đọc được gói tin để kiểm tra chữ ký số"));
        }
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() == 0) {
            return XmlSignatureCheck.absent();
        }
        if (signatures.getLength() > 1) {
            return XmlSignatureCheck.failed(structure("The package carries " + signatures.getLength()
                            + " XML signatures; the hub accepts exactly one, the sending agency's",
                    "Gói tin có " + signatures.getLength() + " chữ ký số XML; Trục chỉ chấp nhận đúng một chữ ký, của cơ quan gửi"));
        }
        return verifyOne((Element) signatures.item(0), acceptSha1);
    }

    private XmlSignatureCheck verifyOne(Element element, boolean acceptSha1) {
        SignedInfoOutline outline = SignedInfoOutline.of(element);
        SignatureVerdict early = outline.refusal(acceptSha1);
        if (early != null) {
            return XmlSignatureCheck.failed(early);
        }
        // Secure validation refuses SHA-1 outright; the outline let SHA-1 through only where the policy accepts it.
        boolean secure = !outline.usesSha1();
        CertificateKeySelector keys = new CertificateKeySelector();
        DOMValidateContext context = new DOMValidateContext(keys, element);
        context.setProperty(SECURE_VALIDATION, secure);
        XMLSignature signature;
        try {
            signature = FACTORY.unmarshalXMLSignature(context);
        } catch (MarshalException e) {
            return XmlSignatureCheck.failed(structure("The Signature element is not a well-formed XML signature: "
                    + e.getMessage(), "Phần tử Signature không phải chữ ký số XML hợp lệ"));
        }
        String method = signature.getSignedInfo().getSignatureMethod().getAlgorithm();
        SignatureVerdict shape = checkShape(signature, method, acceptSha1);
        if (shape != null) {
            return XmlSignatureCheck.failed(shape);
        }
        try {
            if (signature.validate(context)) {
                Reference reference = (Reference) signature.getSignedInfo().getReferences().get(0);
                return XmlSignatureCheck.intact(keys.chain, SIGNATURE_METHODS.get(method), reference.getCalculatedDigestValue());
            }
            Reference reference = (Reference) signature.getSignedInfo().getReferences().get(0);
            if (!reference.validate(context)) {
                return XmlSignatureCheck.failed(SignatureVerdict.invalid(SignatureCheck.DIGEST,
                        "The package was changed after it was signed (digest mismatch)",
                        "Gói tin đã bị thay đổi sau khi ký (giá trị băm không khớp)", null));
            }
            return XmlSignatureCheck.failed(SignatureVerdict.invalid(SignatureCheck.SIGNATURE_VALUE,
                    "The signature value does not verify with the certificate's key",
                    "Giá trị chữ ký không khớp với khóa của chứng thư số", null));
        } catch (XMLSignatureException e) {
            if (e.getCause() instanceof KeySelectorException selection && selection.getCause() instanceof KeyTooSmall small) {
                return XmlSignatureCheck.failed(algorithm(small.getMessage(),
                        "Khóa của chứng thư số người ký quá ngắn: " + small.bits + " bit"));
            }
            Throwable cause = e.getCause() instanceof KeySelectorException ? e.getCause() : e;
            return XmlSignatureCheck.failed(structure("The signature cannot be verified: " + cause.getMessage(),
                    "Không kiểm tra được chữ ký số: thiếu hoặc sai chứng thư số của người ký"));
        }
    }

    /**
     * What the raw SignedInfo elements say, read before the JDK unmarshals anything: the signature
     * method, and per Reference its digest method and number of transforms. {@link #checkShape}
     * judges the unmarshalled signature afterwards; this only keeps costly or forbidden content from
     * reaching the unmarshaller and tells whether SHA-1 is in use.
     */
    private record SignedInfoOutline(String method, List<String> digests, int maxTransforms) {

        static SignedInfoOutline of(Element signature) {
            Element signedInfo = firstChild(signature, "SignedInfo");
            if (signedInfo == null) {
                return new SignedInfoOutline(null, List.of(), 0);
            }
            Element method = firstChild(signedInfo, "SignatureMethod");
            List<String> digests = new ArrayList<>();
            int maxTransforms = 0;
            for (Element reference : children(signedInfo, "Reference")) {
                Element digest = firstChild(reference, "DigestMethod");
                digests.add(digest == null ? null : digest.getAttribute("Algorithm"));
                Element transforms = firstChild(reference, "Transforms");
                maxTransforms = Math.max(maxTransforms, transforms == null ? 0 : children(transforms, "Transform").size());
            }
            return new SignedInfoOutline(method == null ? null : method.getAttribute("Algorithm"), digests, maxTransforms);
        }

        boolean usesSha1() {
            return (method != null && SHA1_METHODS.contains(method))
                    || digests.stream().anyMatch(d -> d != null && SHA1_METHODS.contains(d));
        }

        /** The refusal to give without unmarshalling, or null: the unmarshaller and checkShape decide the rest. */
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

        private static Element firstChild(Element parent, String localName) {
            List<Element> found = children(parent, localName);
            return found.isEmpty() ? null : found.get(0);
        }

        private static List<Element> children(Element parent, String localName) {
            List<Element> found = new ArrayList<>();
            for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && XMLSignature.XMLNS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
            return found;
        }
    }

    /** Null when the signature has the one shape the hub verifies, the verdict otherwise. */
    private static SignatureVerdict checkShape(XMLSignature signature, String method, boolean acceptSha1) {
        if (!SIGNATURE_METHODS.containsKey(method)) {
            return algorithm("Signature method " + method + " is not accepted", "Thuật toán ký " + method + " không được chấp nhận");
        }
        String c14n = signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm();
        if (!CANONICALISATIONS.contains(c14n)) {
            return algorithm("Canonicalisation " + c14n + " is not accepted: use exclusive canonicalisation",
                    "Phương pháp chuẩn hóa " + c14n + " không được chấp nhận: dùng chuẩn hóa loại trừ (exc-c14n)");
        }
        List<?> references = signature.getSignedInfo().getReferences();
        if (references.size() != 1) {
            return structure("The signature must have exactly one reference (URI=\"\", the whole package)",
                    "Chữ ký phải có đúng một tham chiếu (URI=\"\", toàn bộ gói tin)");
        }
        Reference reference = (Reference) references.get(0);
        if (reference.getURI() == null || !reference.getURI().isEmpty()) {
            return structure("The signature must cover the whole package (Reference URI=\"\"), not " + reference.getURI(),
                    "Chữ ký phải bao trùm toàn bộ gói tin (Reference URI=\"\")");
        }
        boolean enveloped = false;
        for (Object t : reference.getTransforms()) {
            String transform = ((Transform) t).getAlgorithm();
            if (ENVELOPED.equals(transform)) {
                enveloped = true;
            } else if (!CANONICALISATIONS.contains(transform)) {
                return structure("Transform " + transform + " is not accepted", "Phép biến đổi " + transform + " không được chấp nhận");
            }
        }
        if (!enveloped) {
            return structure("The signature must be enveloped (enveloped-signature transform)",
                    "Chữ ký phải là chữ ký bao trong (enveloped-signature)");
        }
        String digest = reference.getDigestMethod().getAlgorithm();
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

    private static DocumentBuilder newBuilder() {
        try {
            // The JDK's own parser, whatever else is on the class path; no DTD, no entity, no XInclude.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    /**
     * Takes the signer's key from the certificates in KeyInfo/X509Data (the one no other
     * certificate there was issued by, i.e. the end of the chain) and keeps them for path building.
     */
    private static final class CertificateKeySelector extends KeySelector {
        private List<X509Certificate> chain = List.of();

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("the signature carries no KeyInfo with the signer's certificate");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Object content : keyInfo.getContent()) {
                if (content instanceof X509Data data) {
                    for (Object item : data.getContent()) {
                        if (item instanceof X509Certificate certificate) {
                            certificates.add(certificate);
                        }
                    }
                }
            }
            if (certificates.isEmpty()) {
                throw new KeySelectorException("KeyInfo holds no X509Certificate of the signer");
            }
            X509Certificate signer = certificates.stream()
                    .filter(c -> certificates.stream().noneMatch(o -> o != c
                            && o.getIssuerX500Principal().equals(c.getSubjectX500Principal())))
                    .findFirst().orElse(certificates.get(0));
            List<X509Certificate> ordered = new ArrayList<>();
            ordered.add(signer);
            certificates.stream().filter(c -> c != signer).forEach(ordered::add);
            chain = List.copyOf(ordered);
            String algorithm = method.getAlgorithm();
            Key key = signer.getPublicKey();
            boolean ec = algorithm.contains("ecdsa");
            if (ec != "EC".equals(key.getAlgorithm())) {
                throw new KeySelectorException("the certificate's " + key.getAlgorithm() + " key does not match " + algorithm);
            }
            int bits = keySize(key);
            int minimum = ec ? MIN_EC_BITS : MIN_RSA_BITS;
            if (bits < minimum) {
                throw new KeySelectorException(new KeyTooSmall(key.getAlgorithm(), bits, minimum));
            }
            return () -> key;
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
    }

    /** The signer's key is shorter than secure validation allows (checked here for every signature, SHA-1 included). */
    private static final class KeyTooSmall extends Exception {
        private final int bits;

        KeyTooSmall(String algorithm, int bits, int minimum) {
            super("The signer's " + algorithm + " key has " + bits + " bits; at least " + minimum + " are required");
            this.bits = bits;
        }
    }
}
