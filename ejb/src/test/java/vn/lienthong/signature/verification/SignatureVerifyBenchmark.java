package vn.lienthong.signature.verification;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.policy.PolicyMode;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.policy.SignerBinding;
import vn.lienthong.signature.revocation.RevocationChecker;
import vn.lienthong.signature.revocation.RevocationFailure;
import vn.lienthong.signature.testing.PackageSigning;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.testing.TrustServices;
import vn.lienthong.signature.trust.CertificatePathValidator;
import vn.lienthong.signature.trust.TrustAnchors;

import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Packages verified per second on one thread: through the hub's full verifier (XML signature,
 * certificate path, signer binding, revocation from its cache) and, for comparison, through the
 * bare JDK XML-DSig API with the key already known (parse + validate, nothing else). Run (docs/benchmarks.md):
 * <pre>
 * mvn -q -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.lienthong.signature.verification.SignatureVerifyBenchmark [-Dexec.args="10"]
 * </pre>
 */
public final class SignatureVerifyBenchmark {

    private static final AgencyCode SENDER = AgencyCode.of("000.00.00.G22");

    private SignatureVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestPki pki = TestPki.create(port, port, SENDER.value(), "000.00.00.G18");
        String edxml;
        try (InputStream in = SignatureVerifyBenchmark.class.getResourceAsStream("/edxml/document.edxml")) {
            edxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SignaturePolicy policy = new SignaturePolicy(PolicyMode.REQUIRE_VALID, false, RevocationFailure.HARD);
        try (TrustServices ignored = TrustServices.start(pki, port)) {
            PackageVerifier verifier = new PackageVerifier(new CertificatePathValidator(TrustAnchors.of(List.of(pki.get("root").certificate())), Duration.ofMinutes(10)),
                    new RevocationChecker(Duration.ofSeconds(5), Duration.ofHours(1), Clock.systemUTC()),
                    (c, a) -> SignerBinding.subjectHas(c, "OU=" + a.value()), Clock.systemUTC());
            System.out.printf(Locale.ROOT, "package: %d bytes (sample edXML with one attachment), %d s per measure, one thread%n",
                    PackageSigning.sign(edxml, pki.get("rsa-signer")).length, seconds);
            for (String alias : List.of("rsa-signer", "ec-signer")) {
                byte[] signed = PackageSigning.sign(edxml, pki.get(alias));
                PublicKey key = pki.get(alias).certificate().getPublicKey();
                Callable<Boolean> full = () -> verifier.verify(() -> new ByteArrayInputStream(signed), true, SENDER, policy).outcome()
                        == SignatureOutcome.VALID;
                Callable<Boolean> bare = () -> bareJdk(signed, key);
                if (!full.call() || !bare.call()) {
                    throw new IllegalStateException("the benchmark package does not verify");
                }
                double fullRate = rate(full, seconds);
                double bareRate = rate(bare, seconds);
                System.out.printf(Locale.ROOT, "%-10s full verifier: %8.1f packages/s   bare JDK XML-DSig validate: %8.1f packages/s   (%.0f%%)%n",
                        alias, fullRate, bareRate, 100 * fullRate / bareRate);
            }
        }
    }

    private static boolean bareJdk(byte[] signed, PublicKey key) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(signed));
        Element signature = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
        DOMValidateContext context = new DOMValidateContext(key, signature);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }

    private static double rate(Callable<Boolean> task, int seconds) throws Exception {
        long warmUntil = System.nanoTime() + Duration.ofSeconds(Math.max(2, seconds / 3)).toNanos();
        while (System.nanoTime() < warmUntil) {
            task.call();
        }
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        long count = 0;
        while (System.nanoTime() < end) {
            task.call();
            count++;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
