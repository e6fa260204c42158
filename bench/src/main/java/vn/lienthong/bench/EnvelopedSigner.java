package vn.lienthong.bench;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * Signs an edXML package the way the regulation describes: an enveloped XML digital signature over
 * the whole package (reference URI "", enveloped + exclusive canonicalisation transforms),
 * RSA-SHA256 with SHA-256 digests, the signer's certificate in KeyInfo, placed in edXMLHeader.
 * Only the JDK's own XML DSig API is used, as a hub that verifies with the JDK would see it.
 */
final class EnvelopedSigner {

    private final TestSigningKey key;

    EnvelopedSigner(TestSigningKey key) {
        this.key = key;
    }

    byte[] sign(String unsignedXml) {
        try {
            Document document = Xml.parse(unsignedXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            NodeList headers = document.getElementsByTagNameNS(EdxmlDocumentText.NAMESPACE, "edXMLHeader");
            if (headers.getLength() != 1) {
                throw new IllegalArgumentException("not an edXML package: no single edXMLHeader");
            }
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("", factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.copyOf(key.chain()))));
            factory.newXMLSignature(signedInfo, keyInfo).sign(new DOMSignContext(key.privateKey(), (Element) headers.item(0)));
            return serialize(document);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("Cannot sign the benchmark package", e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the signed package", e);
        }
    }

    /** Namespace-aware DOM parsing with DOCTYPEs refused, as a hub parses what it receives. */
    static final class Xml {
        private Xml() {
        }

        static Document parse(byte[] bytes) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setExpandEntityReferences(false);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            } catch (ParserConfigurationException | SAXException | IOException e) {
                throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
            }
        }
    }
}
