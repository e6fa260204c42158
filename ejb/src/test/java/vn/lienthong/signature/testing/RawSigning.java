package vn.lienthong.signature.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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
import javax.xml.crypto.dsig.spec.ExcC14NParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a package <em>as written</em>: the signature is computed with the JDK's XML-DSig over the
 * parsed text, then its element alone is inserted into the original text at the place it was signed
 * for, so that every byte of the package but the signature stays as the variant wrote it (CRLF
 * line ends, character references, CDATA, comments, attribute quoting, odd namespace
 * declarations ...). {@link PackageSigning} re-serialises the whole document instead, which would
 * normalise all of that away.
 */
public final class RawSigning {

    /** Where the signature goes. */
    public enum Placement { HEADER_END, HEADER_START, ENVELOPE_END, ROOT_END }

    /**
     * How to sign: the methods, the reference's transforms in order (URIs), the InclusiveNamespaces
     * of the exclusive transform and of SignedInfo's canonicalisation (null: no element), where the
     * signature goes, and whether KeyInfo lists the CA before the signer.
     */
    public record Options(String signatureMethod, String digestMethod, String signedInfoC14n, List<String> signedInfoPrefixes,
                          List<String> transforms, List<String> transformPrefixes, Placement placement, boolean caFirst) {

        public static Options standard(TestPki.Entry signer) {
            String method = "EC".equals(signer.key().getAlgorithm()) ? SignatureMethod.ECDSA_SHA256 : SignatureMethod.RSA_SHA256;
            return new Options(method, DigestMethod.SHA256, CanonicalizationMethod.EXCLUSIVE, null,
                    List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE), null, Placement.HEADER_END, false);
        }

        public Options methods(String signature, String digest) {
            return new Options(signature, digest, signedInfoC14n, signedInfoPrefixes, transforms, transformPrefixes, placement, caFirst);
        }

        public Options signedInfo(String c14n, List<String> prefixes) {
            return new Options(signatureMethod, digestMethod, c14n, prefixes, transforms, transformPrefixes, placement, caFirst);
        }

        public Options transforms(List<String> list, List<String> prefixes) {
            return new Options(signatureMethod, digestMethod, signedInfoC14n, signedInfoPrefixes, list, prefixes, placement, caFirst);
        }

        public Options at(Placement where) {
            return new Options(signatureMethod, digestMethod, signedInfoC14n, signedInfoPrefixes, transforms, transformPrefixes, where, caFirst);
        }

        public Options withCaFirst() {
            return new Options(signatureMethod, digestMethod, signedInfoC14n, signedInfoPrefixes, transforms, transformPrefixes, placement, true);
        }
    }

    private static final String EDXML = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private RawSigning() {
    }

    public static byte[] sign(String raw, TestPki.Entry signer, Options options) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            Element parent;
            Node next = null;
            switch (options.placement()) {
                case HEADER_END -> parent = first(doc, "edXMLHeader");
                case HEADER_START -> {
                    parent = first(doc, "edXMLHeader");
                    next = parent.getFirstChild();
                }
                case ENVELOPE_END -> parent = first(doc, "edXMLEnvelope");
                default -> parent = doc.getDocumentElement();
            }
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            List<Transform> transforms = new ArrayList<>();
            for (String t : options.transforms()) {
                boolean exclusive = t.startsWith(CanonicalizationMethod.EXCLUSIVE);
                transforms.add(f.newTransform(t, exclusive && options.transformPrefixes() != null
                        ? new ExcC14NParameterSpec(options.transformPrefixes()) : null));
            }
            Reference reference = f.newReference("", f.newDigestMethod(options.digestMethod(), null), transforms, null, null);
            C14NMethodParameterSpec c14nSpec = options.signedInfoPrefixes() == null ? null
                    : new ExcC14NParameterSpec(options.signedInfoPrefixes());
            SignedInfo info = f.newSignedInfo(f.newCanonicalizationMethod(options.signedInfoC14n(), c14nSpec),
                    f.newSignatureMethod(options.signatureMethod(), null), List.of(reference));
            KeyInfoFactory kif = f.getKeyInfoFactory();
            List<Object> chain = new ArrayList<>(signer.chain());
            if (options.caFirst()) {
                java.util.Collections.reverse(chain);
            }
            var keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(chain)));
            DOMSignContext context = next == null ? new DOMSignContext(signer.key(), parent) : new DOMSignContext(signer.key(), parent, next);
            context.setDefaultNamespacePrefix("ds");
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
            f.newXMLSignature(info, keyInfo).sign(context);
            Element signature = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
            return insert(raw, serialize(signature), options.placement()).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign the test package", e);
        }
    }

    private static Element first(Document doc, String local) {
        Element e = (Element) doc.getElementsByTagNameNS(EDXML, local).item(0);
        if (e == null) {
            throw new IllegalArgumentException("no " + local + " to sign in");
        }
        return e;
    }

    private static String serialize(Element signature) throws Exception {
        var transformer = TransformerFactory.newDefaultInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(signature), new StreamResult(out));
        return out.toString();
    }

    private static String insert(String raw, String signature, Placement placement) {
        int at = switch (placement) {
            case HEADER_END -> lastMatch(raw, "</([A-Za-z0-9_.-]+:)?edXMLHeader\\s*>", true);
            case HEADER_START -> lastMatch(raw, "<([A-Za-z0-9_.-]+:)?edXMLHeader(\\s[^>]*)?>", false);
            case ENVELOPE_END -> lastMatch(raw, "</([A-Za-z0-9_.-]+:)?edXMLEnvelope\\s*>", true);
            case ROOT_END -> lastMatch(raw, "</([A-Za-z0-9_.-]+:)?edXML\\s*>", true);
        };
        return raw.substring(0, at) + signature + raw.substring(at);
    }

    /** Index before the last match (a closing tag) or after the first match (an opening tag). */
    private static int lastMatch(String raw, String regex, boolean before) {
        Matcher m = Pattern.compile(regex).matcher(raw);
        int found = -1;
        while (m.find()) {
            found = before ? m.start() : m.end();
            if (!before) {
                break;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no place for the signature: " + regex);
        }
        return found;
    }
}
