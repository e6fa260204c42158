package vn.lienthong.signature.verification;

import vn.lienthong.signature.testing.SignedVariants;
import vn.lienthong.signature.testing.TestPki;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the seed corpus of {@link StreamingVerifierFuzzTest}: a selection of the signed variants
 * (the XML layer never looks at validity dates, so the seeds stay valid signatures). Run from the
 * repository root:
 * <pre>
 * mvn -q -o -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.lienthong.signature.verification.StreamingVerifierFuzzSeeds \
 *     -Dexec.args=ejb/src/test/resources/vn/lienthong/signature/verification/StreamingVerifierFuzzTestInputs/verifiersAgree
 * </pre>
 */
public final class StreamingVerifierFuzzSeeds {

    private static final List<String> SEEDS = List.of("plain/rsa", "plain/ec", "status/rsa", "default-namespace/rsa",
            "default-redeclared/root-end", "comments/rsa", "processing-instructions/inclusive", "crlf/rsa", "attribute-escaping/ec",
            "text-escaping/rsa", "cdata/rsa", "prefixes-rebound/inclusive", "methods/rsa-sha1", "c14n/prefix-list-many",
            "c14n/signedinfo-prefixes", "place/header-start", "place/default-namespace-root-end", "twice/nested", "stripped");

    private StreamingVerifierFuzzSeeds() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        TestPki pki = TestPki.create(9, 9, "000.00.00.G22", "000.00.00.G18");
        Map<String, byte[]> variants = SignedVariants.all(pki.get("rsa-signer"), pki.get("ec-signer"), TestPki.selfSignedRsa("Khóa Ngắn", 512));
        for (String seed : SEEDS) {
            Files.write(dir.resolve("seed-" + seed.replace('/', '-')), variants.get(seed));
        }
    }
}
