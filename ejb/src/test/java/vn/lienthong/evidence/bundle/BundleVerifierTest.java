package vn.lienthong.evidence.bundle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.signature.hubkey.HubKey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class BundleVerifierTest {

    @TempDir
    Path dir;

    HubKey hub;

    @BeforeEach
    void hubKey() throws Exception {
        hub = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
    }

    @Test
    void aBundleAsTheHubWritesItIsValidAgainstTheHubCertificate() throws Exception {
        BundleReport report = BundleVerifier.verify(new SampleBundle(hub).write(dir, "b.asice"), Optional.of(hub.certificate()));

        assertThat(report.failure()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(String.join("\n", report.facts())).contains("(given)").contains("2 entries in the log, 5 entries")
                .contains("Signed head: entry 5");
    }

    @Test
    void theProofShowsTheDocumentsEntriesAndOnlyTheDigestsOfOthers() {
        String proof = new SampleBundle(hub).proof().text();

        assertThat(proof).contains(SampleBundle.DOCUMENT).doesNotContain(SampleBundle.OTHER).doesNotContain("000.00.00.H41");
        assertThat(proof.lines().filter(l -> l.startsWith("entry "))).hasSize(2);
        assertThat(proof.lines().filter(l -> l.startsWith("digest "))).hasSize(3);
        assertThat(ChainProof.parse(proof)).isEqualTo(new SampleBundle(hub).proof());
    }

    @Test
    void onePackageByteChangedInTheZipIsNamed() throws Exception {
        byte[] zip = new SampleBundle(hub).zip();
        Path changed = Files.write(dir.resolve("changed.asice"), replace(zip, BundleVerifier.PACKAGE, bytes -> {
            bytes[3] ^= 1;
            return bytes;
        }));

        assertFails(changed, "MANIFEST_DIGEST", BundleVerifier.PACKAGE + " is not the file the hub signed");
    }

    @Test
    void aProofLineRemovedAfterSigningIsNamedByItsFile() throws Exception {
        byte[] zip = new SampleBundle(hub).zip();
        Path changed = Files.write(dir.resolve("removed.asice"), replace(zip, BundleVerifier.CHAIN,
                bytes -> withoutLine(new String(bytes, StandardCharsets.UTF_8), "digest 3 ").getBytes(StandardCharsets.UTF_8)));

        assertFails(changed, "MANIFEST_DIGEST", BundleVerifier.CHAIN);
    }

    @Test
    void anEntryLeftOutOfTheProofIsNamedEvenWhenTheManifestWasSignedOverIt() throws Exception {
        SampleBundle bundle = new SampleBundle(hub);
        bundle.proofText = text -> withoutLine(text, "digest 3 ");

        assertFails(bundle.write(dir, "gap.asice"), "CHAIN", "entry 3 is missing");
    }

    @Test
    void aChangedHashInTheProofIsNamedAtItsEntry() throws Exception {
        SampleBundle bundle = new SampleBundle(hub);
        String hash = bundle.chain.get(2).hash();
        bundle.proofText = text -> text.replace("digest 3 " + hash, "digest 3 " + "0".repeat(64));

        assertFails(bundle.write(dir, "hash.asice"), "CHAIN", "the hash of entry 3 does not follow");
    }

    @Test
    void anotherDocumentsEntryShownAsThisOnesIsRefused() throws Exception {
        SampleBundle bundle = new SampleBundle(hub);
        String canonical = bundle.chain.get(0).canonical();
        String digest = vn.lienthong.evidence.chain.ChainHash.fieldsDigest(canonical);
        bundle.proofText = text -> text.replace("digest 1 " + bundle.chain.get(0).hash() + " " + digest,
                "entry 1 " + bundle.chain.get(0).hash() + " " + canonical);

        assertFails(bundle.write(dir, "shown.asice"), "CHAIN", "entry 1 is shown but is not document");
    }

    @Test
    void aPackageOtherThanTheOneTheLogAcceptedIsNamed() throws Exception {
        SampleBundle bundle = new SampleBundle(hub);
        bundle.packageBytes = "<edXMLEnvelope>văn bản khác</edXMLEnvelope>".getBytes(StandardCharsets.UTF_8);

        assertFails(bundle.write(dir, "other.asice"), "PACKAGE_DIGEST", "the accepted entry names");
    }

    @Test
    void aBundleSignedByAnotherKeyIsNotTheHubs() throws Exception {
        HubKey impostor = HubKey.generate(dir.resolve("other.p12"), "pw".toCharArray(), "hub", "CN=Impostor");
        Path forged = new SampleBundle(impostor).write(dir, "forged.asice");

        assertFails(forged, "MANIFEST_SIGNATURE", "is not the hub's signature");
        BundleReport unpinned = BundleVerifier.verify(forged, Optional.empty());
        assertThat(unpinned.valid()).as("consistent in itself: only the trusted certificate tells the signer apart").isTrue();
        assertThat(unpinned.facts().get(0)).contains("CN=Impostor").contains("pin the hub's certificate");
    }

    @Test
    void theCommandExitsZeroWhenValidOneWhenInvalidAndTwoOnWrongUse() throws Exception {
        Path valid = new SampleBundle(hub).write(dir, "ok.asice");
        Path pem = Files.writeString(dir.resolve("hub.pem"), new SampleBundle(hub).pem());
        SampleBundle lying = new SampleBundle(hub);
        lying.packageBytes = new byte[]{1, 2, 3};
        Path invalid = lying.write(dir, "bad.asice");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);

        assertThat(BundleVerifierCommand.run(new String[]{valid.toString(), pem.toString()}, out)).isZero();
        assertThat(BundleVerifierCommand.run(new String[]{invalid.toString(), pem.toString()}, out)).isEqualTo(1);
        assertThat(BundleVerifierCommand.run(new String[]{}, out)).isEqualTo(2);
        assertThat(BundleVerifierCommand.run(new String[]{dir.resolve("absent.asice").toString()}, out)).isEqualTo(2);
        Path notZip = Files.writeString(dir.resolve("not.asice"), "not a zip");
        assertThat(BundleVerifierCommand.run(new String[]{notZip.toString(), pem.toString()}, out)).isEqualTo(1);
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("VALID: " + valid).contains("First failed check: PACKAGE_DIGEST")
                .contains("mục tiếp nhận ghi");
    }

    @Test
    void theMimetypeComesFirstStoredUncompressed() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(new SampleBundle(hub).zip()))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/vnd.etsi.asic-e+zip");
        }
    }

    private void assertFails(Path bundle, String check, String named) throws IOException {
        BundleReport report = BundleVerifier.verify(bundle, Optional.of(hub.certificate()));
        assertThat(report.valid()).isFalse();
        assertThat(report.failure().orElseThrow().check()).isEqualTo(check);
        assertThat(report.failure().orElseThrow().explanationEn()).contains(named);
        assertThat(report.failure().orElseThrow().explanationVi()).isNotBlank();
    }

    private static String withoutLine(String text, String prefix) {
        return String.join("\n", text.lines().filter(l -> !l.startsWith(prefix)).toList()) + "\n";
    }

    /** The same ZIP, entry for entry, with one entry's bytes replaced (and its manifest and signature left as they were). */
    private static byte[] replace(byte[] zip, String name, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = change.apply(bytes);
                }
                ZipEntry written = new ZipEntry(entry.getName());
                if (entry.getName().equals("mimetype")) {
                    written.setMethod(ZipEntry.STORED);
                    written.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    written.setCrc(crc.getValue());
                }
                copy.putNextEntry(written);
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
