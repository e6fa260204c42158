package vn.lienthong.signature.verification;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.lienthong.signature.testing.RawSigning;
import vn.lienthong.signature.testing.SignedVariants;
import vn.lienthong.signature.testing.TestPki;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming verifier against the JDK DOM verifier it replaced, on every package the tests
 * have: the generated variants ({@link SignedVariants}: namespaces, comments, CRLF, escaping,
 * prefixes, whitespace, processing instructions, InclusiveNamespaces, every method, the
 * signature in several places, tampered in many ways), the edXML fixtures, the bad-package corpus
 * and the fuzz corpora, each also signed where it can be. Any disagreement in the verdict — or in
 * the digest, for a valid signature — fails the build.
 */
class StreamingVerifierDifferentialTest {

    private static Map<String, byte[]> packages;
    private static TestPki.Entry rsa;

    @BeforeAll
    static void packages() throws Exception {
        // Only the XML layer is compared: the PKI's services need not run (ports unused).
        TestPki pki = TestPki.create(9, 9, "000.00.00.G22", "000.00.00.G18");
        rsa = pki.get("rsa-signer");
        TestPki.Entry ec = pki.get("ec-signer");
        TestPki.Entry weak = TestPki.selfSignedRsa("Khóa Ngắn", 512);
        packages = new LinkedHashMap<>(SignedVariants.all(rsa, ec, weak));
        for (String corpus : List.of("/edxml/bad", "/vn/lienthong/exchange/edxml/EdxmlReaderFuzzTestInputs/readerRefusesOnlyWithDocumentedExceptions",
                "/vn/lienthong/signature/verification/StreamingVerifierFuzzTestInputs/verifiersAgree")) {
            var url = StreamingVerifierDifferentialTest.class.getResource(corpus);
            if (url == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path file : files.sorted().toList()) {
                    if (!Files.isRegularFile(file) || file.getFileName().toString().endsWith(".properties")) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(file);
                    String name = corpus.substring(corpus.lastIndexOf('/') + 1) + "/" + file.getFileName();
                    packages.put(name, bytes);
                    signed(bytes).ifPresent(signed -> packages.put(name + "/signed", signed));
                }
            }
        }
    }

    /** The package signed as it is written, when it is UTF-8 XML with an edXMLHeader to sign in. */
    private static java.util.Optional<byte[]> signed(byte[] bytes) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.contains("edXMLHeader") || text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(RawSigning.sign(text, rsa, RawSigning.Options.standard(rsa)));
        } catch (RuntimeException cannotBeSigned) {
            return java.util.Optional.empty();
        }
    }

    @TestFactory
    Stream<DynamicTest> theStreamingVerifierAgreesWithTheDomVerifierOnEveryPackage() {
        return packages.entrySet().stream().map(p -> DynamicTest.dynamicTest(p.getKey(),
                () -> assertThat(VerifierAgreement.disagreements(p.getValue())).as(p.getKey()).isEmpty()));
    }

    @Test
    void theVariantsCoverValidAndRefusedSignaturesAlike() {
        long valid = packages.values().stream()
                .filter(b -> VerifierAgreement.summary(VerifierAgreement.streaming(b, new XmlSignatureVerifier(), true)).startsWith("VALID"))
                .count();
        long refused = packages.values().stream()
                .filter(b -> VerifierAgreement.summary(VerifierAgreement.streaming(b, new XmlSignatureVerifier(), true)).startsWith("INVALID"))
                .count();
        assertThat(packages).hasSizeGreaterThan(300);
        assertThat(valid).as("valid signatures among the packages").isGreaterThan(100);
        assertThat(refused).as("refused signatures among the packages").isGreaterThan(50);
    }
}
