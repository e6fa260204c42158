package vn.lienthong.signature.xmldsig;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A Signature element read the way the JDK's XML-DSig unmarshals one (same elements in the same
 * order, same refusals), from the small tree kept while streaming: SignedInfo with its methods and
 * references, the signature value and the certificates of KeyInfo/X509Data. What does not fit is a
 * {@link Malformed} exception, which the verifier reports as a malformed signature.
 */
public record ParsedSignature(SignatureTree.Element signedInfo, String canonicalization, List<String> canonicalizationPrefixes,
                              String signatureMethod, List<ParsedReference> references, byte[] signatureValue,
                              boolean keyInfoPresent, List<X509Certificate> certificates) {

    public static final String EXCLUSIVE = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public static final String EXCLUSIVE_WITH_COMMENTS = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments";
    public static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    /** Canonicalisations the JDK knows: any other CanonicalizationMethod fails to unmarshal. */
    private static final Set<String> KNOWN_CANONICALISATIONS = Set.of(EXCLUSIVE, EXCLUSIVE_WITH_COMMENTS,
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
            "http://www.w3.org/2006/12/xml-c14n11", "http://www.w3.org/2006/12/xml-c14n11#WithComments");
    /** Transforms the JDK knows and unmarshals without parameters; other algorithms fail to unmarshal. */
    private static final Set<String> KNOWN_TRANSFORMS = union(KNOWN_CANONICALISATIONS,
            Set.of(ENVELOPED, "http://www.w3.org/2000/09/xmldsig#base64"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
    private static final Set<String> KNOWN_SIGNATURE_METHODS = Set.of(
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");
    private static final Set<String> KNOWN_DIGESTS = Set.of("http://www.w3.org/2000/09/xmldsig#sha1",
            "http://www.w3.org/2001/04/xmldsig-more#sha224", "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "http://www.w3.org/2001/04/xmlenc#sha512");

    /** One Reference: its URI (null when absent), transforms in order, digest method and value. */
    public record ParsedReference(String uri, List<ParsedTransform> transforms, String digestMethod, byte[] digestValue) {
    }

    /** One transform (or canonicalisation method) with its InclusiveNamespaces PrefixList, if any. */
    public record ParsedTransform(String algorithm, List<String> prefixes) {
    }

    /** The signature does not unmarshal (the JDK's MarshalException). */
    public static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    public static ParsedSignature parse(SignatureTree tree) throws Malformed {
        if (tree.oversized()) {
            throw new Malformed("the Signature element is larger than " + SignatureTree.MAX_CHARACTERS + " characters");
        }
        List<SignatureTree.Element> children = tree.root().childElements();
        int at = 0;
        SignatureTree.Element signedInfo = expect(children, at++, "SignedInfo");
        List<SignatureTree.Element> inSignedInfo = signedInfo.childElements();
        SignatureTree.Element c14n = expect(inSignedInfo, 0, "CanonicalizationMethod");
        ParsedTransform canonicalization = transform(c14n, KNOWN_CANONICALISATIONS);
        SignatureTree.Element method = expect(inSignedInfo, 1, "SignatureMethod");
        String methodAlgorithm = method.attribute("Algorithm");
        if (methodAlgorithm == null || !KNOWN_SIGNATURE_METHODS.contains(methodAlgorithm)) {
            throw new Malformed("unsupported SignatureMethod algorithm: " + methodAlgorithm);
        }
        if (!method.childElements().isEmpty()) {
            throw new Malformed("no parameters should be specified for the " + methodAlgorithm + " SignatureMethod algorithm");
        }
        List<ParsedReference> references = new ArrayList<>();
        expect(inSignedInfo, 2, "Reference");
        for (int i = 2; i < inSignedInfo.size(); i++) {
            references.add(reference(expect(inSignedInfo, i, "Reference")));
        }
        SignatureTree.Element value = expect(children, at++, "SignatureValue");
        byte[] signatureValue = base64(value.text(), "SignatureValue");
        boolean keyInfo = false;
        List<X509Certificate> certificates = new ArrayList<>();
        if (at < children.size() && children.get(at).is("KeyInfo")) {
            keyInfo = true;
            keyInfo(children.get(at++), certificates);
        }
        for (; at < children.size(); at++) {
            if (!children.get(at).is("Object")) {
                SignatureTree.Element e = children.get(at);
                throw new Malformed("Invalid element name: " + e.namespace() + ":" + e.localName() + ", expected KeyInfo or Object");
            }
        }
        return new ParsedSignature(signedInfo, canonicalization.algorithm(), canonicalization.prefixes(), methodAlgorithm,
                List.copyOf(references), signatureValue, keyInfo, List.copyOf(certificates));
    }

    private static SignatureTree.Element expect(List<SignatureTree.Element> elements, int index, String local) throws Malformed {
        if (index >= elements.size()) {
            throw new Malformed("Missing " + local + " element");
        }
        SignatureTree.Element e = elements.get(index);
        if (!e.is(local)) {
            throw new Malformed("Invalid element name: " + e.namespace() + ":" + e.localName() + ", expected " + local);
        }
        return e;
    }

    private static ParsedTransform transform(SignatureTree.Element element, Set<String> known) throws Malformed {
        String algorithm = element.attribute("Algorithm");
        if (algorithm == null || !known.contains(algorithm)) {
            throw new Malformed("unknown or unsupported algorithm: " + algorithm);
        }
        List<String> prefixes = null;
        if (algorithm.equals(EXCLUSIVE) || algorithm.equals(EXCLUSIVE_WITH_COMMENTS)) {
            List<SignatureTree.Element> params = element.childElements();
            if (!params.isEmpty()) {
                // As the JDK: the first child element's PrefixList, whatever that element is called.
                SignatureTree.Element inclusive = params.get(0);
                String list = inclusive.attribute("PrefixList");
                prefixes = new ArrayList<>();
                if (list != null) {
                    for (String p : list.trim().split("[ \t\r\n]+")) {
                        if (!p.isEmpty()) {
                            prefixes.add(p);
                        }
                    }
                }
                prefixes = List.copyOf(prefixes);
            }
        }
        return new ParsedTransform(algorithm, prefixes == null ? List.of() : prefixes);
    }

    private static ParsedReference reference(SignatureTree.Element reference) throws Malformed {
        List<SignatureTree.Element> children = reference.childElements();
        int at = 0;
        List<ParsedTransform> transforms = new ArrayList<>();
        if (!children.isEmpty() && children.get(0).localName().equals("Transforms")
                && SignatureTree.DSIG.equals(children.get(0).namespace())) {
            List<SignatureTree.Element> list = children.get(0).childElements();
            expect(list, 0, "Transform");
            for (int i = 0; i < list.size(); i++) {
                transforms.add(transform(expect(list, i, "Transform"), KNOWN_TRANSFORMS));
            }
            at++;
        }
        SignatureTree.Element digestMethod = expect(children, at++, "DigestMethod");
        String digest = digestMethod.attribute("Algorithm");
        if (digest == null || !KNOWN_DIGESTS.contains(digest)) {
            throw new Malformed("unsupported DigestMethod algorithm: " + digest);
        }
        if (!digestMethod.childElements().isEmpty()) {
            throw new Malformed("no parameters should be specified for the " + digest + " DigestMethod algorithm");
        }
        SignatureTree.Element digestValue = expect(children, at++, "DigestValue");
        byte[] value = base64(digestValue.text(), "DigestValue");
        if (at < children.size()) {
            throw new Malformed("Unexpected element after DigestValue element");
        }
        return new ParsedReference(reference.attribute("URI"), List.copyOf(transforms), digest, value);
    }

    private static void keyInfo(SignatureTree.Element keyInfo, List<X509Certificate> certificates) throws Malformed {
        if (!keyInfo.hasChildNodes()) {
            throw new Malformed("KeyInfo must contain at least one type");
        }
        for (SignatureTree.Element data : keyInfo.childElements()) {
            if (!data.is("X509Data")) {
                continue; // KeyName, KeyValue, RetrievalMethod ...: never used, never followed
            }
            for (SignatureTree.Element item : data.childElements()) {
                if (item.is("X509Certificate")) {
                    certificates.add(certificate(base64(item.text(), "X509Certificate")));
                }
            }
        }
    }

    private static X509Certificate certificate(byte[] der) throws Malformed {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new Malformed("Cannot create X509Certificate: " + e.getMessage());
        }
    }

    /** Base64 as the JDK's XML-DSig decodes it (MIME: characters outside the alphabet are skipped). */
    private static byte[] base64(String text, String element) throws Malformed {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new Malformed(element + " is not valid base64: " + e.getMessage());
        }
    }
}
