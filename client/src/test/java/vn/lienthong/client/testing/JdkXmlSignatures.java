package vn.lienthong.client.testing;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * The oracle: the JDK's own DOM XML-DSig validator (secure validation on), which the hub's verifier
 * follows rule for rule (docs/signatures.md). A package it accepts is one the hub's digest agrees with.
 */
public final class JdkXmlSignatures {

    private JdkXmlSignatures() {
    }

    public static boolean valid(Path file, X509Certificate signer) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        NodeList signatures = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            throw new AssertionError("expected one signature, found " + signatures.getLength());
        }
        DOMValidateContext context = new DOMValidateContext(signer.getPublicKey(), signatures.item(0));
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }
}
