package vn.lienthong.signature.verification;


import vn.lienthong.exchange.edxml.AttachmentSink;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.signature.testing.RawSigning;
import vn.lienthong.signature.testing.SignedVariants;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.xmldsig.SignatureScan;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * CPU per package of the XML signature check, old against new, on one thread: the JDK DOM verifier
 * (parse + XML-DSig validate, the hub's verifier until issue 15), the streaming verifier making its
 * own pass, the edXML reader's pass alone (what a submission pays anyway), and the reader's pass
 * with the signature digested on the way plus what remains to verify (the submission path now).
 * Packages: the sample document with one attachment of random bytes, 16 KB and 2.8 MB once signed
 * (RSA 2048, RSA-SHA256). Warm-up, then a timed loop; thread CPU time from {@link ThreadMXBean}.
 * Run (docs/benchmarks.md):
 * <pre>
 * mvn -q -o -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.lienthong.signature.verification.VerificationCpuBenchmark -Dexec.args="10 20"
 * </pre>
 * (arguments: warm-up seconds, measured seconds per case).
 */
public final class VerificationCpuBenchmark {

    private VerificationCpuBenchmark() {
    }

    private interface Case {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        TestPki.Entry signer = TestPki.create(9, 9, "000.00.00.G22", "000.00.00.G18").get("rsa-signer");
        System.out.printf(Locale.ROOT, "load average at start: %.2f (%d cores)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        for (int attachment : List.of(6 * 1024, 2_070 * 1024)) {
            byte[] signed = RawSigning.sign(withAttachment(attachment), signer, RawSigning.Options.standard(signer));
            check(signed);
            System.out.printf(Locale.ROOT, "package of %,d bytes:%n", signed.length);
            measure("JDK DOM verifier (old)", warmup, seconds, () -> new DomXmlSignatureVerifier().verify(new ByteArrayInputStream(signed), false));
            measure("streaming verifier, own pass", warmup, seconds, () -> new XmlSignatureVerifier().verify(() -> new ByteArrayInputStream(signed), false));
            measure("edXML reader pass alone", warmup, seconds, () -> new EdxmlReader(EdxmlLimits.DEFAULT).read(new ByteArrayInputStream(signed)));
            measure("reader pass + digest on the way + verify (new)", warmup, seconds, () -> {
                SignatureScan scan = SignatureScan.firstPass();
                new EdxmlReader(EdxmlLimits.DEFAULT).read(new ByteArrayInputStream(signed), AttachmentSink.DISCARD, scan::event);
                new XmlSignatureVerifier().verify(PackageVerifier.PackageBytes.scannedBy(() -> {
                    throw new IllegalStateException("no second read");
                }, scan), false);
            });
        }
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void check(byte[] signed) throws Exception {
        XmlSignatureCheck dom = new DomXmlSignatureVerifier().verify(new ByteArrayInputStream(signed), false);
        XmlSignatureCheck streamed = new XmlSignatureVerifier().verify(() -> new ByteArrayInputStream(signed), false);
        if (dom.failure() != null || streamed.failure() != null || !VerifierAgreement.sameDigest(dom, streamed)) {
            throw new IllegalStateException("the benchmark package does not verify alike: " + dom + " / " + streamed);
        }
    }

    private static void measure(String name, int warmup, int seconds, Case task) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            task.run();
        }
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long end = wallStart + seconds * 1_000_000_000L;
        long count = 0;
        while (System.nanoTime() < end) {
            task.run();
            count++;
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / count;
        double wallMs = (System.nanoTime() - wallStart) / 1e6 / count;
        System.out.printf(Locale.ROOT, "  %-48s %9.3f ms CPU  %9.3f ms wall  (%d runs)%n", name, cpuMs, wallMs, count);
    }

    /** The sample document with one attachment of {@code bytes} random bytes, base64 in 76-character lines. */
    private static String withAttachment(int bytes) {
        byte[] content = new byte[bytes];
        new Random(15).nextBytes(content);
        String base64 = Base64.getMimeEncoder(76, "\n".getBytes()).encodeToString(content);
        String d = SignedVariants.resource("/edxml/document.edxml");
        int start = d.indexOf("<edXML:ContentTransferEncoded>") + "<edXML:ContentTransferEncoded>".length();
        int end = d.indexOf("</edXML:ContentTransferEncoded>");
        return d.substring(0, start) + base64 + d.substring(end);
    }
}
