package vn.lienthong.signature.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signs an edXML package the way agency software does: an enveloped XML signature over the whole
 * document (Reference URI=""), exclusive canonicalisation, placed at the end of edXMLHeader, with
 * the signer's certificate and its issuing CA in KeyInfo.
 */
public final class PackageSigning {

    public static final String SHA1_RSA = SignatureMethod.RSA_SHA1;
    public static final String SHA256_RSA = SignatureMethod.RSA_SHA256;
    public static final String SHA256_ECDSA = SignatureMethod.ECDSA_SHA256;

    private PackageSigning() {
    }

    /** The package signed by {@code signer} with the method that suits its key (RSA-SHA256 or ECDSA-SHA256). */
    public static byte[] sign(String edxml, TestPki.Entry signer) {
        return sign(edxml, signer, "EC".equals(signer.key().getAlgorithm()) ? SHA256_ECDSA : SHA256_RSA, DigestMethod.SHA256);
    }

    public static byte[] signSha1(String edxml, TestPki.Entry signer) {
        return sign(edxml, signer, SHA1_RSA, DigestMethod.SHA1);
    }

    public static byte[] sign(String edxml, TestPki.Entry signer, String signatureMethod, String digestMethod) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(edxml.getBytes(StandardCharsets.UTF_8)));
            Element header = (Element) doc.getElementsByTagNameNS("http://www.mic.gov.vn/TBT/QCVN_102_2016", "edXMLHeader").item(0);
            signInto(doc, header, signer, signatureMethod, digestMethod);
            return serialize(doc);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign the test package", e);
        }
    }

    /**
     * The signed package with a second signature by {@code second}, placed inside the first one (in a
     * {@code ds:Object} the first signature does not cover): both verify, the first signer comes first
     * in document order, and the second covers the whole package as its signer wanted.
     */
    public static byte[] signAgainInside(byte[] signed, TestPki.Entry second) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(signed));
            Element first = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
            Element object = doc.createElementNS(XMLSignature.XMLNS, "ds:Object");
            first.appendChild(object);
            signInto(doc, object, second, "EC".equals(second.key().getAlgorithm()) ? SHA256_ECDSA : SHA256_RSA, DigestMethod.SHA256);
            return serialize(doc);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign the test package again", e);
        }
    }

    private static void signInto(Document doc, Element parent, TestPki.Entry signer, String signatureMethod, String digestMethod)
            throws Exception {
        XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
        Reference reference = f.newReference("", f.newDigestMethod(digestMethod, null),
                List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
        SignedInfo info = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod(signatureMethod, null), List.of(reference));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        var keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(List.copyOf(signer.chain()))));
        DOMSignContext context = new DOMSignContext(signer.key(), parent);
        context.setDefaultNamespacePrefix("ds");
        // Agency software is not bound by the hub's rules: it may sign with SHA-1 or a short key.
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        XMLSignature signature = f.newXMLSignature(info, keyInfo);
        signature.sign(context);
    }

    private static byte[] serialize(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newDefaultInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    /** The signed package with its ds:Signature element removed. */
    public static byte[] stripSignature(byte[] signed) {
        String xml = new String(signed, StandardCharsets.UTF_8);
        int start = xml.indexOf("<ds:Signature");
        int end = xml.indexOf("</ds:Signature>") + "</ds:Signature>".length();
        return (xml.substring(0, start) + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** The package with the first occurrence of {@code from} replaced, as an attacker on the way would. */
    public static byte[] tamper(byte[] signed, String from, String to) {
        String xml = new String(signed, StandardCharsets.UTF_8);
        if (!xml.contains(from)) {
            throw new IllegalArgumentException("nothing to tamper: " + from);
        }
        return xml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }
}
