package vn.lienthong.signature.verification;


import vn.lienthong.signature.testing.LargeSignedPackage;
import vn.lienthong.signature.testing.SignedVariants;
import vn.lienthong.signature.testing.TestPki;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The memory question of issue 15 without a server: writes a signed package of the given size
 * ({@link LargeSignedPackage}) to a file once, then verifies it from the file with the JDK DOM
 * verifier (the hub's until issue 15) or the streaming one, in whatever heap the JVM was given.
 * docs/benchmarks.md has the command and what it printed at {@code -Xmx512m}.
 */
public final class LargeSignedPackageCheck {

    private LargeSignedPackageCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long megabytes = Long.parseLong(args[1]);
        String verifier = args[2];
        if (!Files.exists(file)) {
            TestPki.Entry signer = TestPki.create(9, 9, "000.00.00.G22", "000.00.00.G18").get("rsa-signer");
            LargeSignedPackage large = LargeSignedPackage.of(SignedVariants.resource("/edxml/document.edxml"), megabytes * 1_000_000, signer);
            try (InputStream in = large.open(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                in.transferTo(out);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d bytes, heap limit %d MiB, verifier %s%n", file, Files.size(file),
                Runtime.getRuntime().maxMemory() >> 20, verifier);
        long start = System.nanoTime();
        try {
            XmlSignatureCheck check = "dom".equals(verifier)
                    ? domVerify(file)
                    : new XmlSignatureVerifier().verify(() -> Files.newInputStream(file), false);
            System.out.printf(Locale.ROOT, "%s in %.1f s%n", VerifierAgreement.summary(check).replaceAll(" signer=.*", ""),
                    (System.nanoTime() - start) / 1e9);
        } catch (OutOfMemoryError e) {
            System.out.printf(Locale.ROOT, "OutOfMemoryError after %.1f s: %s%n", (System.nanoTime() - start) / 1e9, e.getMessage());
        }
    }

    private static XmlSignatureCheck domVerify(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new DomXmlSignatureVerifier().verify(in, false);
        }
    }
}
