package vn.lienthong.it.benchmark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.it.signature.SignatureServices;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ServerControl;
import vn.lienthong.signature.testing.TestPki;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A <em>signed</em> 200 MB package (one attachment of 150 MB, base64) sent to a server whose heap
 * is 512 MB, verified there while it is read (docs/signatures.md), then fetched back by the
 * recipient and checked byte for byte by SHA-256 — all in constant memory on both sides: the body
 * is generated as it is sent and digested as it is received, never held. Run by the Maven profile
 * {@code large-package} only (docs/benchmarks.md); prints the figures.
 *
 * <p>Signing 200 MB without holding it: the digest of the canonical document is computed by
 * streaming the generated package once through the hub's canonicaliser, and the JDK's XML-DSig
 * then signs a small skeleton of the same package with that digest given as pre-computed (the
 * standard API's {@code newReference(..., digestValue)}); the signature element is inserted at the
 * end of the header, where agency software puts it.
 */
@ExtendWith(SignatureServices.class)
class LargePackageBenchmark {

    static final long PACKAGE_BYTES = 200L * 1000 * 1000;
    /** The signing agencies are shared with the signature ITs (registered once per database): their secret. */
    private static final String SECRET = "signature-it-secret";
    private static final String RECIPIENT = "000.00.10.H20";

    @BeforeAll
    static void hubIsUpWithASigningAgency() {
        ServerControl.awaitReady(Duration.ofMinutes(5));
        SignatureServices.registerSigningAgencies(SECRET);
    }

    @Test
    void aSignedTwoHundredMegabytePackageIsAcceptedWithAHalfGigabyteHeapAndFetchedBackIntact() throws Exception {
        AgencyClient sender = Hub.as(SignatureServices.SENDER, SECRET);
        HubResponse policy = Hub.admin().putJson("/api/v1/admin/signatures/" + sender.code() + "/policy",
                "{\"mode\":\"REQUIRE_VALID\",\"acceptSha1\":false,\"revocationFailure\":\"HARD\"}");
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
        String xml = Packages.document(sender.code(), RECIPIENT).xml();
        int at = xml.indexOf("<edXML:ContentTransferEncoded>") + "<edXML:ContentTransferEncoded>".length();
        String head = xml.substring(0, at);
        String tail = xml.substring(xml.indexOf("</edXML:ContentTransferEncoded>"));
        long base64Bytes = (PACKAGE_BYTES - head.length() - tail.length() - 4_000) / 77 * 77;

        long signStart = System.nanoTime();
        byte[] digest = canonicalDigest(head, base64Bytes, tail);
        String signature = signatureOver(head + "AAAA" + tail, digest, SignatureServices.pki().get("rsa-signer"));
        int headerEnd = head.indexOf("</edXML:edXMLHeader>");
        byte[] signedHead = (head.substring(0, headerEnd) + signature + head.substring(headerEnd)).getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        long total = signedHead.length + base64Bytes + tailBytes.length;
        String sentSha256 = sha256(body(signedHead, base64Bytes, tailBytes));
        double signSeconds = (System.nanoTime() - signStart) / 1e9;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Hub.BASE_URL + "/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .header("Authorization", basic(sender.code(), SECRET))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> body(signedHead, base64Bytes, tailBytes)), total))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        jakarta.json.JsonObject answer = jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
        assertThat(answer.getJsonObject("signature").getString("verdict")).as(response.body()).isEqualTo("VALID");
        String id = answer.getString("documentId");

        Hub.as(RECIPIENT).awaitInInbox(id);
        HttpRequest fetch = HttpRequest.newBuilder(URI.create(Hub.BASE_URL + "/api/v1/inbox/" + id))
                .header("Authorization", basic(RECIPIENT, Hub.SAMPLE_SECRET)).timeout(Duration.ofMinutes(30)).GET().build();
        long fetchStart = System.nanoTime();
        HttpResponse<InputStream> fetched = http.send(fetch, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(fetched.statusCode()).isEqualTo(200);
        String fetchedSha256 = sha256(fetched.body());
        double fetchSeconds = (System.nanoTime() - fetchStart) / 1e9;
        assertThat(fetchedSha256).as("the fetched package is the sent one, byte for byte").isEqualTo(sentSha256);
        assertThat(fetched.headers().firstValue("ETag")).contains("\"" + sentSha256 + "\"");

        double mb = total / 1e6;
        System.out.printf(Locale.ROOT, "edXML large signed package: %.1f MB accepted (signature VALID) in %.1f s = %.1f MB/s, "
                        + "fetched back in %.1f s = %.1f MB/s, SHA-256 equal (server -Xmx512m; client signing pass %.1f s)%n",
                mb, seconds, mb / seconds, fetchSeconds, mb / fetchSeconds, signSeconds);
    }

    private static InputStream body(byte[] head, long base64Bytes, byte[] tail) {
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                new Base64Lines(base64Bytes), new ByteArrayInputStream(tail))));
    }

    /** The exclusive-c14n SHA-256 of the package without its signature, streamed through the hub's canonicaliser. */
    private static byte[] canonicalDigest(String head, long base64Bytes, String tail) {
        SignatureScan scan = SignatureScan.secondPass(new DigestPlan("SHA-256", CanonicalXmlWriter.Mode.EXCLUSIVE, List.of(), false));
        assertThat(StaxPass.run(body(head.getBytes(StandardCharsets.UTF_8), base64Bytes, tail.getBytes(StandardCharsets.UTF_8)), scan))
                .isTrue();
        return scan.finish().digest();
    }

    /** An enveloped signature as agency software makes it, over a digest computed beforehand. */
    private static String signatureOver(String skeleton, byte[] digest, TestPki.Entry signer) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(skeleton.getBytes(StandardCharsets.UTF_8)));
        Element header = (Element) doc.getElementsByTagNameNS(Packages.NAMESPACE, "edXMLHeader").item(0);
        XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
        var reference = f.newReference("", f.newDigestMethod(DigestMethod.SHA256, null),
                List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null, digest);
        var info = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
        var kif = f.getKeyInfoFactory();
        var keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(List.copyOf(signer.chain()))));
        DOMSignContext context = new DOMSignContext(signer.key(), header);
        context.setDefaultNamespacePrefix("ds");
        f.newXMLSignature(info, keyInfo).sign(context);
        Element signature = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
        var transformer = TransformerFactory.newDefaultInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(signature), new StreamResult(out));
        return out.toString();
    }

    private static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Base64 text of pseudo-random bytes, 76 characters and a newline per line, generated as it is read (the same every time). */
    static final class Base64Lines extends InputStream {
        private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                .getBytes(StandardCharsets.US_ASCII);
        private long remaining;
        private long position;
        private long seed = 0x9E3779B97F4A7C15L;

        Base64Lines(long bytes) {
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
