package vn.lienthong.bench;

import vn.lienthong.signature.verification.XmlSignatureVerifier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import java.security.cert.X509Certificate;

/**
 * The floor's first stage: bare verification of a package's enveloped signature (check digest and
 * RSA signature with the key of the certificate it carries), two ways: the hub's streaming verifier
 * (one StAX pass computing the exclusive-c14n digest, no DOM: the physical floor's "streaming
 * canonical hash + one signature verification"), and the JDK's XML DSig API on a DOM, the way the
 * hub verified before issue 15, printed beside it. No trust-chain or directory checks: those are the
 * hub's business and cost little beside the cryptography and the parsing.
 */
final class SignatureVerifier {

    /** The hub's own check, streaming: true when the digest and the signature value hold. */
    boolean verifyStreaming(byte[] signedPackage) {
        try {
            return new XmlSignatureVerifier().verify(() -> new ByteArrayInputStream(signedPackage), false).failure() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The JDK DOM check, the hub's way before issue 15. */
    boolean verifyDom(byte[] signedPackage) {
        Document document = EnvelopedSigner.Xml.parse(signedPackage);
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            return false;
        }
        try {
            DOMValidateContext context = new DOMValidateContext(new CertificateKeySelector(), signatures.item(0));
            XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            return signature.validate(context);
        } catch (MarshalException | XMLSignatureException e) {
            return false;
        }
    }

    /** The key of the first X.509 certificate in KeyInfo. */
    private static final class CertificateKeySelector extends KeySelector {
        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo != null) {
                for (Object item : keyInfo.getContent()) {
                    if (item instanceof X509Data data) {
                        for (Object entry : data.getContent()) {
                            if (entry instanceof X509Certificate certificate) {
                                return certificate::getPublicKey;
                            }
                        }
                    }
                }
            }
            throw new KeySelectorException("The signature carries no X.509 certificate");
        }
    }
}
