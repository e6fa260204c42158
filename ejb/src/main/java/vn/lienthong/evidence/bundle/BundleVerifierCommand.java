package vn.lienthong.evidence.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The offline check of an evidence bundle (docs/evidence.md), with no server and no database:
 *
 * <pre>
 * java -cp lienthong-ejb.jar:bcprov-jdk18on.jar:bcpkix-jdk18on.jar:bcutil-jdk18on.jar \
 *     vn.lienthong.evidence.bundle.BundleVerifierCommand evidence.asice [hub.pem]
 * </pre>
 *
 * Exit status 0: valid; 1: invalid (the first failed check is printed, in English and Vietnamese);
 * 2: wrong use, or a file that cannot be read.
 */
public final class BundleVerifierCommand {

    private BundleVerifierCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** The command without leaving the JVM: answers the exit status. */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2) {
            out.println("usage: BundleVerifierCommand <bundle.asice> [hub-certificate.pem]");
            return 2;
        }
        Optional<X509Certificate> trusted = Optional.empty();
        if (args.length == 2) {
            try {
                trusted = Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[1])))));
            } catch (IOException | CertificateException e) {
                out.println("Cannot read the hub certificate " + args[1] + ": " + e.getMessage());
                return 2;
            }
        }
        Path bundle = Path.of(args[0]);
        if (!Files.isRegularFile(bundle)) {
            out.println("No such file: " + args[0]);
            return 2;
        }
        BundleReport report;
        try {
            report = BundleVerifier.verify(bundle, trusted);
        } catch (IOException e) {
            out.println("Cannot read the bundle " + args[0] + ": " + e.getMessage());
            return 2;
        }
        out.println(report.valid() ? "VALID: " + args[0] : "INVALID: " + args[0]);
        report.facts().forEach(fact -> out.println("  " + fact));
        report.failure().ifPresent(f -> {
            out.println("First failed check: " + f.check());
            out.println("  " + f.explanationEn());
            out.println("  " + f.explanationVi());
        });
        return report.valid() ? 0 : 1;
    }
}
