package vn.lienthong.signature.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.signature.xmldsig.CanonicalXmlWriter;
import vn.lienthong.signature.xmldsig.DigestPlan;
import vn.lienthong.signature.xmldsig.SignatureScan;
import vn.lienthong.signature.xmldsig.StaxPass;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * A signed edXML package of any size that nobody holds: one attachment of pseudo-random base64
 * (76-character lines, the same bytes every time it is opened), generated as it is read, signed at
 * the end of the header with RSA-SHA256 and exclusive canonicalisation as agency software signs.
 * The digest of the canonical package is computed by streaming it once through the hub's
 * canonicaliser; the JDK's XML-DSig then signs a small skeleton of the same package with that
 * digest given as pre-computed (the standard API's {@code newReference(..., digestValue)}). Used by
 * the large-package benchmark (ear) and {@code LargeSignedPackageCheck}.
 */
public final class LargeSignedPackage {

    private static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String CONTENT_START = "<edXML:ContentTransferEncoded>";
    private static final String CONTENT_END = "</edXML:ContentTransferEncoded>";
    /** Room left in the requested size for the signature element (two certificates). */
    private static final int SIGNATURE_ROOM = 4_000;

    private final byte[] head;
    private final long base64Bytes;
    private final byte[] tail;

    private LargeSignedPackage(byte[] head, long base64Bytes, byte[] tail) {
        this.head = head;
        this.base64Bytes = base64Bytes;
        this.tail = tail;
    }

    /**
     * @param xml an edXML document with one attachment, written with the {@code edXML:} prefix; its
     *            attachment's content is replaced by the generated base64
     * @param bytes about how large the signed package is to be
     */
    public static LargeSignedPackage of(String xml, long bytes, TestPki.Entry signer) {
        int at = xml.indexOf(CONTENT_START) + CONTENT_START.length();
        String unsignedHead = xml.substring(0, at);
        String tailText = xml.substring(xml.indexOf(CONTENT_END));
        long base64 = (bytes - unsignedHead.length() - tailText.length() - SIGNATURE_ROOM) / 77 * 77;
        byte[] tail = tailText.getBytes(StandardCharsets.UTF_8);
        SignatureScan scan = SignatureScan.secondPass(new DigestPlan("SHA-256", CanonicalXmlWriter.Mode.EXCLUSIVE, List.of(), false));
        if (!StaxPass.run(stream(unsignedHead.getBytes(StandardCharsets.UTF_8), base64, tail), scan)) {
            throw new IllegalArgumentException("the package is not well-formed XML");
        }
        String signature = signatureOver(unsignedHead + "AAAA" + tailText, scan.finish().digest(), signer);
        int headerEnd = unsignedHead.indexOf("</edXML:edXMLHeader>");
        byte[] head = (unsignedHead.substring(0, headerEnd) + signature + unsignedHead.substring(headerEnd))
                .getBytes(StandardCharsets.UTF_8);
        return new LargeSignedPackage(head, base64, tail);
    }

    /** The signed package from its first byte, generated as it is read. */
    public InputStream open() {
        return stream(head, base64Bytes, tail);
    }

    public long size() {
        return head.length + base64Bytes + tail.length;
    }

    private static InputStream stream(byte[] head, long base64Bytes, byte[] tail) {
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                new Base64Lines(base64Bytes), new ByteArrayInputStream(tail))));
    }

    private static String signatureOver(String skeleton, byte[] digest, TestPki.Entry signer) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(skeleton.getBytes(StandardCharsets.UTF_8)));
            Element header = (Element) doc.getElementsByTagNameNS(NAMESPACE, "edXMLHeader").item(0);
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            var reference = f.newReference("", f.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null, digest);
            var info = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    f.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
            var kif = f.getKeyInfoFactory();
            DOMSignContext context = new DOMSignContext(signer.key(), header);
            context.setDefaultNamespacePrefix("ds");
            f.newXMLSignature(info, kif.newKeyInfo(List.of(kif.newX509Data(List.copyOf(signer.chain()))))).sign(context);
            Element signature = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(signature), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign the large package", e);
        }
    }

    /** Base64 text of pseudo-random bytes, 76 characters and a newline per line, generated as it is read (the same every time). */
    public static final class Base64Lines extends InputStream {
        private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                .getBytes(StandardCharsets.US_ASCII);
        private long remaining;
        private long position;
        private long seed = 0x9E3779B97F4A7C15L;

        public Base64Lines(long bytes) {
            this.remaining = bytes;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                if (position % 77 == 76) {
                    b[off + i] = '\n';
                } else {
                    seed ^= seed << 13;
                    seed ^= seed >>> 7;
                    seed ^= seed << 17;
                    b[off + i] = ALPHABET[(int) (seed & 63)];
                }
                position++;
            }
            remaining -= n;
            return n;
        }
    }
}
